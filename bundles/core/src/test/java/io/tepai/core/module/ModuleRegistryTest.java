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
import io.tepai.api.ConflictException;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.ValidationException;
import io.tepai.api.module.Module;
import io.tepai.api.module.ModuleKind;
import io.tepai.api.module.ModuleOwner;
import io.tepai.core.module.PolicyModules.LocalCriterion;
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
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.AssignmentEntity;
import io.tepai.store.entity.ModuleSwitchEntity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.persistence.PersistenceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModuleRegistryTest {

    private static final String DEMO_BASES = "wuzhi-demo-bases";
    private static final String TOURISM = "xiuwu-tourism-bonus";

    private TestStore db;
    private MutableClock clock;
    private ModuleRegistry registry;
    private Criterion demoBases;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
        demoBases = new Criterion(DEMO_BASES, 10);
        registry = node(db.store());
    }

    /** A registry with the test's plug-ins, as each node on one database has its own. */
    private ModuleRegistry node(Store store) {
        ModuleRegistry node = Modules.registry(store, clock);
        node.addCriterion(demoBases, Map.of(County.PROPERTY, "wuzhi"));
        node.addIncentive(new Policy(TOURISM), Map.of(County.PROPERTY, "xiuwu"));
        node.addTier(new CityTier(), Map.of());
        node.addTier(new FakeTier("hpu-own"), Map.of(Unit.PROPERTY, "hpu"));
        return node;
    }

    private long switchRows() {
        return db.count("SELECT COUNT(*) FROM module_switch");
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
        assertEquals(0, switchRows());
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
        assertEquals(0, switchRows());
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
        assertEquals(1, switchRows());
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
        assertEquals(0, switchRows());
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
                + " AND changes LIKE '%\"enabled\":{\"before\":null,\"after\":\"true\"}%'"
                + " AND changes LIKE '%\"weight\":{\"before\":null,\"after\":\"15\"}%'"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Module' AND action = 'disable'"
                + " AND changes = '{\"enabled\":{\"before\":\"true\",\"after\":\"false\"}}'"),
                "switching off keeps the weight");
    }

    @Test
    void idempotentCallsWriteAndAuditNothing() {
        registry.enable(CITY, "wuzhi", DEMO_BASES, 15);
        registry.enable(CITY, "wuzhi", DEMO_BASES, 15);
        registry.enable(CITY, "wuzhi", DEMO_BASES, null);
        registry.disable(CITY, "xiuwu", DEMO_BASES);

        assertEquals(1, switchRows());
        assertEquals(1, db.count("SELECT MAX(version) FROM module_switch"), "the row was written once");
        assertEquals(1, audits(DEMO_BASES, "enable"));
        assertEquals(0, audits(DEMO_BASES, "disable"));
    }

    @Test
    void switchesAreStoredInTheDatabaseWithWhoAndWhen() {
        registry.enable(WUZHI, "wuzhi", DEMO_BASES, 15);
        registry.enable(CITY, "wuzhi", "hpu-own", null);
        registry.disable(CITY, "wuzhi", DEMO_BASES);

        assertEquals(1, db.count("SELECT COUNT(*) FROM module_switch WHERE county_code = 'wuzhi' AND module_id ="
                + " 'hpu-own' AND enabled = TRUE AND weight IS NULL AND changed_by = 'office'"));
        ModuleSwitchEntity off = db.store().read(repos -> repos.moduleSwitches().find("wuzhi", DEMO_BASES))
                .orElseThrow();
        assertFalse(off.isEnabled());
        assertEquals(15, off.getWeight(), "switching off keeps the weight");
        assertEquals("office", off.getChangedBy());
        assertEquals(Instant.parse("2026-03-01T08:00:00Z"), off.getChangedAt());
        assertEquals(2, off.getVersion(), "written when switched on, and when switched off");
    }

    @Test
    void anAuditRecordTheDatabaseRefusesLeavesTheSwitchAsItWas() {
        // a scope longer than audit_record.actor_scope (96 characters): the audit insert fails in the database
        Actor unrecordable = new Actor("city-ops", Set.of(Actor.ROLE_CITY, Actor.ROLE_UNIT,
                Actor.ROLE_UNIT + ":" + "x".repeat(92)));

        assertThrows(PersistenceException.class, () -> registry.enable(unrecordable, "wuzhi", DEMO_BASES, 15));

        assertFalse(registry.isEnabled("wuzhi", DEMO_BASES));
        assertEquals(0, switchRows(), "the new switch is not stored");

        registry.enable(CITY, "wuzhi", DEMO_BASES, 15);
        assertThrows(PersistenceException.class, () -> registry.disable(unrecordable, "wuzhi", DEMO_BASES));

        assertTrue(registry.isEnabled("wuzhi", DEMO_BASES), "the stored switch is unchanged");
        assertEquals(1, db.count("SELECT version FROM module_switch"));
        assertEquals(1, audits(DEMO_BASES, "enable"));
        assertEquals(0, audits(DEMO_BASES, "disable"));
    }

    @Test
    void aSwitchMadeOnAnotherNodeCountsAtOnce() {
        ModuleRegistry other = node(db.store());
        assertEquals(List.of(), registry.criteriaFor("wuzhi"));

        other.enable(CITY, "wuzhi", DEMO_BASES, 15);

        assertTrue(registry.isEnabled("wuzhi", DEMO_BASES));
        assertEquals(15, registry.criteriaFor("wuzhi").get(0).weight());
        assertEquals(Set.of("wuzhi"), registry.get(DEMO_BASES).enabledCounties());

        registry.disable(WUZHI, "wuzhi", DEMO_BASES);

        assertEquals(List.of(), other.criteriaFor("wuzhi"));
        assertEquals(List.of(), other.list().stream().filter(m -> !m.enabledCounties().isEmpty()).toList());
    }

    @Test
    void twoSwitchesRacingOnOneCountyAndModuleOneWinsTheOtherIsToldAndNothingIsLost() {
        registry.enable(CITY, "wuzhi", DEMO_BASES, 15);
        ModuleRegistry other = node(db.store());
        // this node reads the switch; before it writes, the other node switches it off and commits
        boolean[] raced = {false};
        Store racing = new Store() {
            @Override
            public <T> T read(Function<Repositories, T> work) {
                return db.store().read(work);
            }

            @Override
            public <T> T write(Function<Repositories, T> work) {
                return db.store().write(repos -> {
                    if (!raced[0]) {
                        raced[0] = true;
                        repos.moduleSwitches().find("wuzhi", DEMO_BASES).orElseThrow();
                        other.disable(WUZHI, "wuzhi", DEMO_BASES);
                    }
                    return work.apply(repos);
                });
            }

            @Override
            public void exclusively(String name, io.tepai.api.NodeLock.Work work) throws InterruptedException {
                db.store().exclusively(name, work);
            }

            @Override
            public boolean isReachable() {
                return true;
            }
        };
        ModuleRegistry slow = node(racing);

        ConflictException e = assertThrows(ConflictException.class,
                () -> slow.enable(CITY, "wuzhi", DEMO_BASES, 30));

        assertEquals("Module 'wuzhi-demo-bases' in county 'wuzhi' was switched by someone else at the same time, so"
                + " this enable changed nothing; look at the switches again (tepai:modules, GET"
                + " /api/modules/wuzhi-demo-bases) and repeat it if it is still needed.", e.getMessage());
        assertFalse(registry.isEnabled("wuzhi", DEMO_BASES), "the switch that won stays");
        assertEquals(Map.of(), registry.get(DEMO_BASES).weights());
        assertEquals(1, audits(DEMO_BASES, "disable"));
        assertEquals(1, audits(DEMO_BASES, "enable"), "the losing enable left no audit record");

        assertEquals(Set.of("wuzhi"), slow.enable(CITY, "wuzhi", DEMO_BASES, 30).enabledCounties(), "repeated");
        assertEquals(30, registry.criteriaFor("wuzhi").get(0).weight());
    }

    // --- the upgrade from etc/io.tepai.modules.cfg

    /** An earlier release's etc/io.tepai.modules.cfg as ConfigAdmin delivers it. */
    private static Map<String, Object> oldFile() {
        return Map.of("felix.fileinstall.filename", "file:/opt/tepai/etc/io.tepai.modules.cfg",
                "service.pid", ModuleRegistry.PID,
                "xiuwu", " wuzhi-demo-bases , xiuwu-tourism-bonus ",
                "xiuwu.wuzhi-demo-bases.weight", "25",
                "wuzhi.wuzhi-demo-bases.weight", "40",
                "beijing", "wuzhi-demo-bases",
                "wenxian.wuzhi-demo-bases.weight", "many");
    }

    private long imports() {
        return db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Module' AND action = 'import'"
                + " AND actor = 'system:modules-import' AND reason LIKE 'from etc/io.tepai.modules.cfg%'");
    }

    @Test
    void anUpgradedInstallationsSwitchesAreImportedFromTheFileOnceAndAudited() {
        new ModuleRegistry(db.store(), oldFile());

        assertEquals(25, registry.criteriaFor("xiuwu").get(0).weight());
        assertEquals(List.of(TOURISM), registry.incentivesFor("xiuwu").stream()
                .map(PolicyModules.LocalIncentive::moduleId).toList());
        assertFalse(registry.isEnabled("wuzhi", DEMO_BASES), "a weight alone switches nothing on");
        assertEquals(Map.of("xiuwu", 25), registry.get(DEMO_BASES).weights());
        assertEquals(3, switchRows(), "no row for the unknown county or the broken weight");
        assertEquals(3, imports());
        registry.enable(CITY, "wuzhi", DEMO_BASES, null);
        assertEquals(40, registry.criteriaFor("wuzhi").get(0).weight(), "the imported weight applies when on");

        // the next start, and an edit of the old file, import nothing: the database is the truth now
        new ModuleRegistry(db.store(), oldFile());
        registry.modified(Map.of("xiuwu", "hpu-own", "boai", TOURISM));

        assertFalse(registry.isEnabled("xiuwu", "hpu-own"));
        assertFalse(registry.isEnabled("boai", TOURISM));
        assertEquals(3, imports());
        assertEquals(3, switchRows());
    }

    @Test
    void anInstallationWithoutSwitchesInTheFileImportsNothing() {
        new ModuleRegistry(db.store(), Map.of("service.pid", ModuleRegistry.PID));

        assertEquals(0, switchRows());
        assertEquals(0, imports());
    }

    @Test
    void twoNodesStartingAtOnceImportTheFileOnce() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<ModuleRegistry> node = () -> {
                start.await();
                return new ModuleRegistry(db.store(), oldFile());
            };
            List<Future<ModuleRegistry>> started = List.of(nodes.submit(node), nodes.submit(node));
            for (Future<ModuleRegistry> each : started) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }

        assertEquals(3, switchRows());
        assertEquals(3, imports());
        assertTrue(registry.isEnabled("xiuwu", TOURISM));
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
