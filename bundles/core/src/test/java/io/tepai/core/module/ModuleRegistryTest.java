package io.tepai.core.module;

import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.WUZHI;
import static io.tepai.core.testing.Organisation.XIUWU;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.ValidationException;
import io.tepai.api.module.Module;
import io.tepai.api.module.ModuleKind;
import io.tepai.api.module.ModuleOwner;
import io.tepai.core.module.PolicyModules.LocalCriterion;
import io.tepai.core.testing.FakeConfigurationAdmin;
import io.tepai.core.testing.FakeTier;
import io.tepai.core.testing.Modules;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.TestStore;
import io.tepai.core.tier.CityTier;
import io.tepai.core.tier.TierRegistry;
import io.tepai.spi.evaluation.CriterionScore;
import io.tepai.spi.evaluation.EvaluationCriterion;
import io.tepai.spi.evaluation.SubjectData;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.spi.incentive.Incentive;
import io.tepai.spi.incentive.IncentivePolicy;
import io.tepai.spi.incentive.PublishedResult;
import io.tepai.spi.module.County;
import io.tepai.spi.module.Shared;
import io.tepai.spi.module.Unit;
import io.tepai.spi.tier.SpecialistTier;
import io.tepai.store.entity.AssignmentEntity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModuleRegistryTest {

    private static final String DEMO_BASES = "wuzhi-demo-bases";
    private static final String TOURISM = "xiuwu-tourism-bonus";

    private TestStore db;
    private FakeConfigurationAdmin config;
    private ModuleRegistry registry;
    private Criterion demoBases;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        config = new FakeConfigurationAdmin(ModuleRegistry.PID);
        registry = Modules.registry(db.store(), config, new MutableClock(Instant.parse("2026-03-01T08:00:00Z")));
        demoBases = new Criterion(DEMO_BASES, 10);
        registry.addCriterion(demoBases, Map.of(County.PROPERTY, "wuzhi"));
        registry.addIncentive(new Policy(TOURISM), Map.of(County.PROPERTY, "xiuwu"));
        registry.addTier(new CityTier(), Map.of());
        registry.addTier(new FakeTier("hpu-own"), Map.of(Unit.PROPERTY, "hpu"));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** A plug-in that names no owner: the city office's to switch on. */
    private void addCriterion(EvaluationCriterion criterion) {
        registry.addCriterion(criterion, Map.of());
    }

    private void addCriterion(EvaluationCriterion criterion, Map<String, Object> properties) {
        registry.addCriterion(criterion, properties);
    }

    private void addIncentive(IncentivePolicy policy) {
        registry.addIncentive(policy, Map.of());
    }

    private void addTier(SpecialistTier tier) {
        registry.addTier(tier, Map.of());
    }

    private long audits(String module, String action) {
        return db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Module' AND entity_id = '" + module
                + "' AND action = '" + action + "'");
    }

    // --- what is loaded

    @Test
    void loadedModulesAreListedByIdAndOffEverywhere() {
        List<Module> modules = registry.list();

        assertEquals(List.of("hpu-own", DEMO_BASES, TOURISM), modules.stream().map(Module::id).toList());
        assertEquals(List.of(ModuleKind.TIER, ModuleKind.CRITERION, ModuleKind.INCENTIVE),
                modules.stream().map(Module::kind).toList());
        Module criterion = registry.get(DEMO_BASES);
        assertTrue(criterion.loaded());
        assertEquals("示范基地 " + DEMO_BASES, criterion.nameZh());
        assertEquals("Demonstration bases " + DEMO_BASES, criterion.nameEn());
        assertEquals(Criterion.class.getName(), criterion.bundle(), "outside OSGi the bundle is the class");
        assertEquals(Set.of(), criterion.enabledCounties());
        assertEquals(List.of(), registry.criteriaFor("wuzhi"));
        assertEquals(List.of(), registry.incentivesFor("xiuwu"));
    }

    @Test
    void R_TIER_1_builtInTiersAreNotModules() {
        assertThrows(NotFoundException.class, () -> registry.get("city"));
    }

    @Test
    void aPluginWhoseIdThrowsOrIsMalformedIsLeftOutAndBreaksNothing() {
        assertDoesNotThrow(() -> addCriterion(new Criterion("x", 10) {
            @Override
            public String id() {
                throw new IllegalStateException("plug-in bug");
            }
        }));
        addCriterion(new Criterion("Bad Id", 10));
        addIncentive(new Policy(null));
        addTier(new FakeTier("a".repeat(41)));

        assertEquals(List.of("hpu-own", DEMO_BASES, TOURISM), registry.list().stream().map(Module::id).toList());
    }

    @Test
    void aPluginWhoseNameThrowsIsListedUnderItsId() {
        addCriterion(new Criterion("broken-name", 10) {
            @Override
            public String nameZh() {
                throw new IllegalStateException("plug-in bug");
            }
        });

        assertEquals("broken-name", registry.get("broken-name").nameZh());
    }

    @Test
    void moduleIdsAreUniqueAcrossKindsAndTheFirstRegisteredIsInForce() {
        Policy clash = new Policy(DEMO_BASES);
        addIncentive(clash);

        assertEquals(ModuleKind.CRITERION, registry.get(DEMO_BASES).kind());

        registry.removeCriterion(demoBases);

        assertEquals(ModuleKind.INCENTIVE, registry.get(DEMO_BASES).kind());
    }

    // --- switching on and off

    @Test
    void R_EVAL_1_aCriterionEnabledForOneCountyCountsThereOnly() {
        Module module = registry.enable(CITY, "wuzhi", DEMO_BASES, null);

        assertEquals(Set.of("wuzhi"), module.enabledCounties());
        assertEquals(Map.of("wuzhi", 10), module.weights());
        assertTrue(registry.isEnabled("wuzhi", DEMO_BASES));
        assertFalse(registry.isEnabled("xiuwu", DEMO_BASES));
        List<LocalCriterion> wuzhi = registry.criteriaFor("wuzhi");
        assertEquals(1, wuzhi.size());
        assertSame(demoBases, wuzhi.get(0).criterion());
        assertEquals(DEMO_BASES, wuzhi.get(0).moduleId());
        assertEquals(Criterion.class.getName(), wuzhi.get(0).source());
        assertEquals(10, wuzhi.get(0).weight());
        assertEquals(List.of(), registry.criteriaFor("xiuwu"));
        assertEquals(List.of(), registry.incentivesFor("wuzhi"), "a criterion is no incentive");
    }

    @Test
    void anEnabledIncentiveIsInForceForItsCountyOnly() {
        registry.enable(XIUWU, "xiuwu", TOURISM, null);

        assertEquals(List.of(TOURISM), registry.incentivesFor("xiuwu").stream()
                .map(PolicyModules.LocalIncentive::moduleId).toList());
        assertEquals(List.of(), registry.incentivesFor("wuzhi"));
        assertEquals(List.of(), registry.criteriaFor("xiuwu"));
    }

    @Test
    void R_EVAL_1_aConfiguredWeightWinsOverTheDefaultAndIsKeptWhenEnabledAgain() {
        registry.enable(CITY, "wuzhi", DEMO_BASES, 15);
        registry.enable(CITY, "xiuwu", DEMO_BASES, null);
        registry.enable(CITY, "wuzhi", DEMO_BASES, null);

        assertEquals(15, registry.criteriaFor("wuzhi").get(0).weight());
        assertEquals(10, registry.criteriaFor("xiuwu").get(0).weight());
        assertEquals(Map.of("wuzhi", 15, "xiuwu", 10), registry.get(DEMO_BASES).weights());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 101})
    void aBrokenDefaultWeightFallsBackToTen(int broken) {
        addCriterion(new Criterion("odd-weight", broken));
        addCriterion(new Criterion("throwing-weight", 20) {
            @Override
            public int defaultWeight() {
                throw new IllegalStateException("plug-in bug");
            }
        });
        registry.enable(CITY, "wuzhi", "odd-weight", null);
        registry.enable(CITY, "wuzhi", "throwing-weight", null);

        assertEquals(List.of(10, 10), registry.criteriaFor("wuzhi").stream().map(LocalCriterion::weight).toList());
    }

    @Test
    void theCriterionsOwnDefaultWeightApplies() {
        addCriterion(new Criterion("heavy", 30));
        registry.enable(CITY, "wuzhi", "heavy", null);

        assertEquals(30, registry.criteriaFor("wuzhi").get(0).weight());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101, -1})
    void aWeightOutsideOneToHundredIsRefused(int weight) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> registry.enable(CITY, "wuzhi", DEMO_BASES, weight));

        assertEquals("weight", e.errors().get(0).field());
        assertEquals(0, config.updates());
    }

    @Test
    void onlyACriterionTakesAWeight() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> registry.enable(CITY, "xiuwu", TOURISM, 15));

        assertTrue(e.getMessage().contains("only an evaluation criterion has a weight"), e.getMessage());
        assertFalse(registry.isEnabled("xiuwu", TOURISM));
    }

    @Test
    void disableSwitchesTheModuleOffForThatCountyOnly() {
        registry.enable(CITY, "wuzhi", DEMO_BASES, 15);
        registry.enable(CITY, "xiuwu", DEMO_BASES, null);

        Module module = registry.disable(CITY, "wuzhi", DEMO_BASES);

        assertEquals(Set.of("xiuwu"), module.enabledCounties());
        assertEquals(List.of(), registry.criteriaFor("wuzhi"));
        assertEquals(1, registry.criteriaFor("xiuwu").size());
        registry.enable(CITY, "wuzhi", DEMO_BASES, null);
        assertEquals(15, registry.criteriaFor("wuzhi").get(0).weight(), "the weight survives switching off");
    }

    @Test
    void anUnloadedModuleStaysListedWhileSwitchedOnAndCanBeSwitchedOff() {
        registry.enable(CITY, "wuzhi", DEMO_BASES, 15);

        registry.removeCriterion(demoBases);

        Module gone = registry.get(DEMO_BASES);
        assertFalse(gone.loaded());
        assertNull(gone.kind());
        assertNull(gone.bundle());
        assertEquals(Set.of("wuzhi"), gone.enabledCounties());
        assertEquals(Map.of("wuzhi", 15), gone.weights());
        assertTrue(registry.list().contains(gone));
        assertEquals(List.of(), registry.criteriaFor("wuzhi"), "an unloaded criterion counts nowhere");

        Module off = registry.disable(WUZHI, "wuzhi", DEMO_BASES);

        assertEquals(Set.of(), off.enabledCounties());
        assertFalse(registry.list().stream().anyMatch(m -> m.id().equals(DEMO_BASES)));
        assertEquals(1, audits(DEMO_BASES, "disable"));
    }

    @Test
    void aModuleComingBackIsInForceWhereItWasSwitchedOn() {
        registry.enable(CITY, "wuzhi", DEMO_BASES, null);
        registry.removeCriterion(demoBases);

        Criterion reinstalled = new Criterion(DEMO_BASES, 10);
        addCriterion(reinstalled);

        assertSame(reinstalled, registry.criteriaFor("wuzhi").get(0).criterion());
    }

    @Test
    void enablingAModuleThatIsNotLoadedIsNotFoundAndNamesTheLoadedOnes() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> registry.enable(CITY, "wuzhi", "wuzhi-typo", null));

        assertEquals("Module 'wuzhi-typo' is not loaded (install its plug-in feature first); loaded modules: "
                + "hpu-own, wuzhi-demo-bases, xiuwu-tourism-bonus", e.getMessage());
        assertEquals(0, config.updates());
    }

    @Test
    void anUnknownCountyIsNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> registry.enable(CITY, "beijing", DEMO_BASES, null));

        assertEquals("County 'beijing' does not exist", e.getMessage());
    }

    @Test
    void aCountySwitchesItsOwnCountyOnly() {
        assertEquals(Set.of("wuzhi"), registry.enable(WUZHI, "wuzhi", DEMO_BASES, null).enabledCounties());

        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> registry.enable(WUZHI, "xiuwu", DEMO_BASES, null));
        assertThrows(ForbiddenException.class, () -> registry.disable(XIUWU, "wuzhi", DEMO_BASES));
        Actor unit = new Actor("hpu-admin", Set.of(Actor.ROLE_UNIT, Actor.ROLE_UNIT + ":hpu"));
        assertThrows(ForbiddenException.class, () -> registry.enable(unit, "wuzhi", "hpu-own", null));

        assertEquals("county:xiuwu", e.missingScope());
        assertEquals(Set.of("wuzhi"), registry.get(DEMO_BASES).enabledCounties());
        assertEquals(1, config.updates());
    }

    @Test
    void theOwnerEachPluginDeclaresIsShown() {
        assertEquals(new ModuleOwner("wuzhi", null, false), registry.get(DEMO_BASES).owner());
        assertEquals(new ModuleOwner(null, "hpu", false), registry.get("hpu-own").owner());
        addCriterion(new Criterion("anyones", 10), Map.of(County.PROPERTY, "wenxian", Shared.PROPERTY, true));
        assertEquals(new ModuleOwner("wenxian", null, true), registry.get("anyones").owner());
        addCriterion(new Criterion("nobodys", 10));
        assertEquals(ModuleOwner.NONE, registry.get("nobodys").owner());
    }

    @Test
    void aCountyIsRefusedAnotherCountysModuleAndTheRefusalIsAudited() {
        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> registry.enable(WUZHI, "wuzhi", TOURISM, null));

        assertEquals("city or county:xiuwu", e.missingScope());
        assertEquals(Set.of(), registry.get(TOURISM).enabledCounties());
        assertEquals(0, config.updates());
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Module' AND entity_id = '"
                + TOURISM + "' AND action = 'enable-refused' AND actor = 'wuzhi-kjj'"
                + " AND reason LIKE 'county wuzhi: Module ''xiuwu-tourism-bonus'' belongs to county ''xiuwu''%'"));
        assertEquals(Set.of("xiuwu"), registry.enable(XIUWU, "xiuwu", TOURISM, null).enabledCounties());
    }

    @Test
    void aSharedModuleIsSwitchedOnByAnotherCounty() {
        addCriterion(new Criterion("shared-bases", 10), Map.of(County.PROPERTY, "wuzhi", Shared.PROPERTY, "true"));

        assertEquals(Set.of("xiuwu"), registry.enable(XIUWU, "xiuwu", "shared-bases", null).enabledCounties());
    }

    @Test
    void R_TIER_1_aUnitsTierIsSwitchedOnByACountyOnceTheUnitServesIt() {
        assertThrows(ForbiddenException.class, () -> registry.enable(WUZHI, "wuzhi", "hpu-own", null),
                "no hpu specialist was ever assigned in wuzhi");

        Organisation.units(db.store());
        TierRegistry tiers = Organisation.builtInTiers();
        long specialist = new Organisation.Specialists(db.store(), tiers).active("张工"); // a city-tier hpu specialist
        db.store().write(repos -> {
            AssignmentEntity assignment = new AssignmentEntity(Instant.parse("2024-03-01T08:00:00Z"));
            assignment.setSpecialistId(specialist);
            assignment.setCountyCode("wuzhi");
            assignment.setYear(2024);
            assignment.setLevel("CITY");
            return repos.assignments().add(assignment);
        });

        assertEquals(Set.of("wuzhi"), registry.enable(WUZHI, "wuzhi", "hpu-own", null).enabledCounties());
        assertThrows(ForbiddenException.class, () -> registry.enable(XIUWU, "xiuwu", "hpu-own", null));
    }

    // --- audit and configuration

    @Test
    void everyToggleIsAuditedWithTheCountyAndWeight() {
        registry.enable(WUZHI, "wuzhi", DEMO_BASES, 15);
        registry.disable(CITY, "wuzhi", DEMO_BASES);

        assertEquals(1, audits(DEMO_BASES, "enable"));
        assertEquals(1, audits(DEMO_BASES, "disable"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Module' AND action = 'enable'"
                + " AND actor = 'wuzhi-kjj' AND actor_scope = 'county:wuzhi'"
                + " AND changes LIKE '%\"enabled\":{\"before\":\"false\",\"after\":\"true\"}%'"
                + " AND changes LIKE '%\"weight\":{\"before\":null,\"after\":\"15\"}%'"));
    }

    @Test
    void idempotentCallsWriteAndAuditNothing() {
        registry.enable(CITY, "wuzhi", DEMO_BASES, 15);
        registry.enable(CITY, "wuzhi", DEMO_BASES, 15);
        registry.enable(CITY, "wuzhi", DEMO_BASES, null);
        registry.disable(CITY, "xiuwu", DEMO_BASES);

        assertEquals(1, config.updates());
        assertEquals(1, audits(DEMO_BASES, "enable"));
        assertEquals(0, audits(DEMO_BASES, "disable"));
    }

    @Test
    void switchesAreWrittenToTheConfigurationKeepingEveryOtherKey() {
        config.edit(Map.of("felix.fileinstall.filename", "file:/opt/tepai/etc/io.tepai.modules.cfg",
                "boai", "some-module"));

        registry.enable(CITY, "wuzhi", DEMO_BASES, 15);
        registry.enable(CITY, "wuzhi", "hpu-own", null);

        assertEquals(Map.of("felix.fileinstall.filename", "file:/opt/tepai/etc/io.tepai.modules.cfg",
                "boai", "some-module", "service.pid", ModuleRegistry.PID,
                "wuzhi", "hpu-own,wuzhi-demo-bases", "wuzhi.wuzhi-demo-bases.weight", "15"), config.properties());

        registry.disable(CITY, "wuzhi", "hpu-own");
        registry.disable(CITY, "wuzhi", DEMO_BASES);

        assertFalse(config.properties().containsKey("wuzhi"), "a county with nothing on has no key");
        assertEquals("15", config.properties().get("wuzhi.wuzhi-demo-bases.weight"));
    }

    @Test
    void aConfigurationThatCannotBeSavedChangesAndAuditsNothing() {
        config.failUpdatesWith(new IOException("disk full"));

        assertThrows(UncheckedIOException.class, () -> registry.enable(CITY, "wuzhi", DEMO_BASES, null));

        assertFalse(registry.isEnabled("wuzhi", DEMO_BASES));
        assertEquals(0, audits(DEMO_BASES, "enable"));
    }

    @Test
    void aChangedConfigurationAppliesLive() {
        registry.configure(Map.of("component.name", ModuleRegistry.class.getName(), "service.pid",
                ModuleRegistry.PID, "xiuwu", " wuzhi-demo-bases , xiuwu-tourism-bonus ",
                "xiuwu.wuzhi-demo-bases.weight", "25"));

        assertEquals(25, registry.criteriaFor("xiuwu").get(0).weight());
        assertEquals(1, registry.incentivesFor("xiuwu").size());

        registry.configure(Map.of("xiuwu", TOURISM, "xiuwu.wuzhi-demo-bases.weight", "many"));

        assertEquals(List.of(), registry.criteriaFor("xiuwu"));
        assertEquals(Set.of("xiuwu"), registry.get(TOURISM).enabledCounties());
    }

    @Test
    void aWriteStartsFromTheStoredConfigurationNotFromALaggingCopy() {
        // the operator edited the file; ConfigurationAdmin has it, the component has not been told yet
        config.edit(Map.of("boai", TOURISM));

        registry.enable(CITY, "wuzhi", DEMO_BASES, null);

        assertEquals(TOURISM, config.properties().get("boai"));
        assertTrue(registry.isEnabled("boai", TOURISM));
    }

    // --- tiers (R-TIER-1)

    @Test
    void R_TIER_1_aPluginTierIsAllowedOnlyWhereSwitchedOn() {
        registry.enable(CITY, "wuzhi", "hpu-own", null);

        assertTrue(registry.tierAllowedIn("hpu-own", "wuzhi"));
        assertFalse(registry.tierAllowedIn("hpu-own", "xiuwu"));
        assertTrue(registry.tierAllowedIn("city", "xiuwu"), "built-in tiers are allowed everywhere");
        assertFalse(registry.tierAllowedIn("nobody-knows", "wuzhi"));
        assertFalse(registry.tierAllowedIn(null, "wuzhi"));
    }

    @Test
    void R_TIER_1_aSwitchedOnTierWhosePluginIsGoneIsNotAllowed() {
        FakeTier tier = new FakeTier("jzu-own");
        addTier(tier);
        registry.enable(CITY, "wuzhi", "jzu-own", null);

        registry.removeTier(tier);

        assertFalse(registry.tierAllowedIn("jzu-own", "wuzhi"));
    }

    /** A county criterion as a plug-in would write it. */
    private static class Criterion implements EvaluationCriterion {

        private final String id;
        private final int defaultWeight;

        Criterion(String id, int defaultWeight) {
            this.id = id;
            this.defaultWeight = defaultWeight;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String nameZh() {
            return "示范基地 " + id;
        }

        @Override
        public String nameEn() {
            return "Demonstration bases " + id;
        }

        @Override
        public Set<SubjectKind> appliesTo() {
            return Set.of(SubjectKind.SPECIALIST);
        }

        @Override
        public int defaultWeight() {
            return defaultWeight;
        }

        @Override
        public CriterionScore score(SubjectData data) {
            return CriterionScore.of(80, "built two bases");
        }
    }

    private record Policy(String id) implements IncentivePolicy {

        @Override
        public String nameZh() {
            return "乡村旅游服务奖励";
        }

        @Override
        public String nameEn() {
            return "Rural tourism service bonus";
        }

        @Override
        public List<Incentive> grants(PublishedResult result) {
            return List.of();
        }
    }
}
