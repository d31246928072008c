package io.tepai.core.module;

import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.WUZHI;
import static io.tepai.core.testing.Organisation.XIUWU;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.module.ModuleOwner;
import io.tepai.core.testing.Organisation;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

class SwitchRightsTest {

    private static final Actor WENXIAN = Organisation.county("wenxian");
    private static final ModuleOwner WENXIAN_OWNS = new ModuleOwner("wenxian", null, false);
    /** hpu has had specialists assigned in wuzhi, never in xiuwu. */
    private static final BiPredicate<String, String> HPU_SERVES_WUZHI = (unit, county) -> unit.equals("hpu")
            && county.equals("wuzhi");

    private static void on(Actor actor, String county, ModuleOwner owner) {
        SwitchRights.requireMaySwitchOn(actor, county, "a-module", owner, HPU_SERVES_WUZHI);
    }

    @Test
    void theOwnerCountySwitchesItsModuleOnForItself() {
        assertDoesNotThrow(() -> on(WENXIAN, "wenxian", WENXIAN_OWNS));
    }

    @Test
    void anotherCountyIsRefusedAnUnsharedModuleAndToldWhoseItIs() {
        ForbiddenException e = assertThrows(ForbiddenException.class, () -> on(WUZHI, "wuzhi", WENXIAN_OWNS));

        assertEquals("city or county:wenxian", e.missingScope());
        assertTrue(e.getMessage().contains("belongs to county 'wenxian'"), e.getMessage());
    }

    @Test
    void theCityOfficeSwitchesAnyModuleOnForAnyCounty() {
        assertDoesNotThrow(() -> on(CITY, "wuzhi", WENXIAN_OWNS));
        assertDoesNotThrow(() -> on(CITY, "xiuwu", new ModuleOwner(null, "hpu", false)));
        assertDoesNotThrow(() -> on(CITY, "xiuwu", ModuleOwner.NONE));
    }

    @Test
    void aSharedModuleMayBeSwitchedOnByEveryCountyForItself() {
        ModuleOwner shared = new ModuleOwner("wenxian", null, true);

        assertDoesNotThrow(() -> on(WUZHI, "wuzhi", shared));
        assertThrows(ForbiddenException.class, () -> on(WUZHI, "xiuwu", shared), "still only for itself");
    }

    @Test
    void R_TIER_1_aUnitsTierMayBeSwitchedOnByTheCountiesTheUnitServes() {
        ModuleOwner hpu = new ModuleOwner(null, "hpu", false);

        assertDoesNotThrow(() -> on(WUZHI, "wuzhi", hpu));
        ForbiddenException e = assertThrows(ForbiddenException.class, () -> on(XIUWU, "xiuwu", hpu));
        assertEquals("city", e.missingScope());
        assertTrue(e.getMessage().contains("unit 'hpu'"), e.getMessage());
    }

    @Test
    void aModuleWithoutOwnerIsTheCityOfficesToSwitchOn() {
        assertThrows(ForbiddenException.class, () -> on(WUZHI, "wuzhi", ModuleOwner.NONE));
    }

    @Test
    void aCountyActsForItselfOnlyAndOtherAccountsNotAtAll() {
        assertThrows(ForbiddenException.class, () -> on(WENXIAN, "wuzhi", WENXIAN_OWNS));
        Actor unit = new Actor("hpu-admin", Set.of(Actor.ROLE_UNIT, Actor.ROLE_UNIT + ":hpu"));
        assertThrows(ForbiddenException.class, () -> on(unit, "wuzhi", new ModuleOwner(null, "hpu", false)));
    }

    @Test
    void switchingOffIsTheCountysOwnChoiceWhoeverOwnsTheModule() {
        assertDoesNotThrow(() -> SwitchRights.requireMaySwitchOff(WUZHI, "wuzhi"));
        assertThrows(ForbiddenException.class, () -> SwitchRights.requireMaySwitchOff(WUZHI, "wenxian"));
    }

    @Test
    void aDeclaredCountyOwnsTheModuleEvenWhenAUnitIsNamedToo() {
        assertEquals(new ModuleOwner("wenxian", null, false), new ModuleOwner(" wenxian ", "hpu", false));
        assertEquals(ModuleOwner.NONE, new ModuleOwner(" ", "", false));
    }
}
