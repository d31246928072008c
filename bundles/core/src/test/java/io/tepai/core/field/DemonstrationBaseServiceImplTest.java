package io.tepai.core.field;

import static io.tepai.core.testing.FieldActors.AUDITOR;
import static io.tepai.core.testing.FieldActors.HPU;
import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.WUZHI;
import static io.tepai.core.testing.Organisation.XIUWU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.field.DemonstrationBase;
import io.tepai.api.field.DemonstrationBaseDraft;
import io.tepai.core.team.TeamServiceImpl;
import io.tepai.core.testing.FieldActors;
import io.tepai.core.testing.Organisation;
import io.tepai.store.Store;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemonstrationBaseServiceImplTest extends RegisterTest<DemonstrationBaseServiceImpl> {

    @Override
    DemonstrationBaseServiceImpl service(Store store, Clock clock) {
        return new DemonstrationBaseServiceImpl(store, clock);
    }

    private DemonstrationBaseDraft base(String name, String county, Long specialistId, Long teamId) {
        return new DemonstrationBaseDraft(name, county, "四大怀药", new BigDecimal("120.5"), specialistId, teamId,
                LocalDate.of(2023, 4, 1));
    }

    @Test
    void R_SVC_1_aCountyRegistersADemonstrationBase() {
        DemonstrationBase created = service.createBase(WUZHI, new DemonstrationBaseDraft(" 大封镇怀山药标准化示范基地 ",
                " wuzhi ", " 四大怀药 ", new BigDecimal("120.50"), li, null, LocalDate.of(2023, 4, 1)));

        assertTrue(created.id() > 0);
        assertEquals(new DemonstrationBase(created.id(), "大封镇怀山药标准化示范基地", "wuzhi", "四大怀药",
                new BigDecimal("120.5"), li, null, LocalDate.of(2023, 4, 1), false, 1), created);
        assertEquals(List.of(created), service.bases("wuzhi", null, null, PageRequest.first()).items());
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'DemonstrationBase'"
                + " AND action = 'create' AND actor = 'wuzhi-kjj'"));
    }

    @Test
    void R_SVC_1_aTeamsBaseNeedsNoSpecialist() {
        long team = new TeamServiceImpl(db.store(), Map.of()).create(CITY,
                Organisation.cityTeam("四大怀药产业服务团", "四大怀药")).id();

        DemonstrationBase created = service.createBase(WUZHI, base("温县铁棍山药示范基地", "wuzhi", null, team));

        assertNull(created.specialistId());
        assertEquals(team, created.teamId());
        assertEquals(List.of(created), service.bases(null, null, team, PageRequest.first()).items());
    }

    @Test
    void R_SVC_1_theSpecialistNamedOnABaseKeepsIt() {
        DemonstrationBase created = service.createBase(self, base("修武县示范基地", "xiuwu", li, null));

        DemonstrationBase updated = service.updateBase(self, created.id(), created.version(),
                base("修武县山药示范基地", "xiuwu", li, null));
        service.deleteBase(self, updated.id(), updated.version());

        assertEquals("修武县山药示范基地", updated.name());
        assertEquals(created.version() + 1, updated.version());
        assertEquals(0, rows("demonstration_base"));
        assertEquals(1, audits("DemonstrationBase", "update"));
        assertEquals(1, audits("DemonstrationBase", "delete"));
    }

    @Test
    void R_SVC_1_anotherCountySpecialistOrUnitCannotRegisterABase() {
        long guo = specialists.active("郭明亮");

        for (Actor actor : List.of(XIUWU, FieldActors.specialist(guo), HPU, AUDITOR)) {
            ForbiddenException e = assertThrows(ForbiddenException.class,
                    () -> service.createBase(actor, base("基地", "wuzhi", li, null)), actor.username());
            assertEquals("county:wuzhi", e.missingScope());
        }
        assertEquals(0, rows("demonstration_base"));
        assertEquals("wuzhi", service.createBase(CITY, base("基地", "wuzhi", li, null)).county());
    }

    @Test
    void R_SVC_1_aBaseIsChangedOnlyByWhoKeepsItBeforeAndAfter() {
        long guo = specialists.active("郭明亮");
        DemonstrationBase created = service.createBase(WUZHI, base("基地", "wuzhi", li, null));
        long version = created.version();

        ForbiddenException otherCounty = assertThrows(ForbiddenException.class,
                () -> service.updateBase(XIUWU, created.id(), version, base("基地", "xiuwu", li, null)));
        ForbiddenException handedAway = assertThrows(ForbiddenException.class,
                () -> service.updateBase(self, created.id(), version, base("基地", "wuzhi", guo, null)));
        ForbiddenException movedAway = assertThrows(ForbiddenException.class,
                () -> service.updateBase(WUZHI, created.id(), version, base("基地", "xiuwu", li, null)));
        ForbiddenException notTheirs = assertThrows(ForbiddenException.class,
                () -> service.deleteBase(FieldActors.specialist(guo), created.id(), version));

        assertEquals("county:wuzhi", otherCounty.missingScope());
        assertEquals("county:wuzhi", handedAway.missingScope());
        assertEquals("county:xiuwu", movedAway.missingScope());
        assertEquals("county:wuzhi", notTheirs.missingScope());
        assertEquals(List.of(created), service.bases(null, null, null, PageRequest.first()).items());
        assertEquals(guo, service.updateBase(WUZHI, created.id(), version, base("基地", "wuzhi", guo, null))
                .specialistId(), "the county hands its base to another specialist");
    }

    @Test
    void aBaseNeedsASpecialistOrATeamThatExist() {
        ValidationException neither = assertThrows(ValidationException.class,
                () -> service.createBase(CITY, base("基地", "wuzhi", null, null)));
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> service.createBase(CITY, base("基地", "beijing", 4242L, 4343L)));

        assertEquals(List.of("specialistId"), fields(neither));
        assertEquals(List.of("county", "specialistId", "teamId"), fields(unknown));
        assertEquals(0, rows("demonstration_base"));
    }

    @Test
    void anInvalidBaseIsRefusedWithEveryProblemBeforeTheStoreIsTouched() {
        Store store = mock(Store.class);
        DemonstrationBaseServiceImpl isolated = new DemonstrationBaseServiceImpl(store, clock);
        DemonstrationBaseDraft bad = new DemonstrationBaseDraft("名".repeat(129), " ", null, new BigDecimal("-1"), 1L,
                null, TODAY.plusDays(1));

        ValidationException e = assertThrows(ValidationException.class, () -> isolated.createBase(CITY, bad));
        assertThrows(ValidationException.class, () -> isolated.updateBase(CITY, 1, 1, bad));
        assertThrows(ValidationException.class, () -> isolated.createBase(CITY, null));

        assertEquals(List.of("name", "county", "industry", "areaMu", "establishedOn"), fields(e));
        verifyNoInteractions(store);
    }

    @Test
    void theAreaIsAtLeastZeroWithOneDecimalPlace() {
        for (String area : List.of("0", "0.5", "3000.0", "999999999.9")) {
            assertEquals(new BigDecimal(area).setScale(1), service.createBase(CITY, new DemonstrationBaseDraft("基地",
                    "wuzhi", "四大怀药", new BigDecimal(area), li, null, TODAY)).areaMu(), area);
        }
        for (String area : List.of("-0.1", "12.25", "1000000000")) {
            ValidationException e = assertThrows(ValidationException.class, () -> service.createBase(CITY,
                    new DemonstrationBaseDraft("基地", "wuzhi", "四大怀药", new BigDecimal(area), li, null, TODAY)), area);
            assertEquals(List.of("areaMu"), fields(e), area);
        }
    }

    @Test
    void updatingABaseOnAStaleVersionIsAConflictAndChangesNothing() {
        DemonstrationBase created = service.createBase(WUZHI, base("基地", "wuzhi", li, null));
        DemonstrationBase current = service.updateBase(WUZHI, created.id(), created.version(),
                base("新基地", "wuzhi", li, null));

        assertThrows(ConflictException.class, () -> service.updateBase(WUZHI, created.id(), created.version(),
                base("过时", "wuzhi", li, null)));
        assertThrows(ConflictException.class, () -> service.deleteBase(WUZHI, created.id(), created.version()));
        assertThrows(NotFoundException.class, () -> service.updateBase(CITY, 4242, 1, base("基地", "wuzhi", li,
                null)));

        assertEquals(List.of(current), service.bases(null, null, null, PageRequest.first()).items());
        assertEquals(0, audits("DemonstrationBase", "delete"));
    }

    @Test
    void basesAreListedByCountyAndSpecialist() {
        long guo = specialists.active("郭明亮");
        DemonstrationBase a = service.createBase(CITY, base("武陟甲", "wuzhi", li, null));
        DemonstrationBase b = service.createBase(CITY, base("修武乙", "xiuwu", guo, null));
        DemonstrationBase c = service.createBase(SAMPLE_DATA, base("武陟丙", "wuzhi", guo, null));

        assertEquals(List.of(a, c), service.bases("wuzhi", null, null, PageRequest.first()).items());
        assertEquals(List.of(c, b), service.bases(null, guo, null, PageRequest.first()).items());
        assertTrue(c.sample());
    }
}
