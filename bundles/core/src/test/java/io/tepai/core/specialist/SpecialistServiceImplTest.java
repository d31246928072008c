package io.tepai.core.specialist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.FieldError;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.specialist.ChainSegment;
import io.tepai.api.specialist.Classification;
import io.tepai.api.specialist.Sector;
import io.tepai.api.specialist.Specialist;
import io.tepai.api.specialist.SpecialistFilter;
import io.tepai.api.specialist.SpecialistDraft;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.api.specialist.Term;
import io.tepai.api.specialist.TermSource;
import io.tepai.core.org.UnitServiceImpl;
import io.tepai.core.testing.Drafts;
import io.tepai.core.testing.FakeTier;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.TestStore;
import io.tepai.core.tier.CityTier;
import io.tepai.core.tier.CountyTier;
import io.tepai.core.tier.ProvinceTier;
import io.tepai.core.tier.TierRegistry;
import io.tepai.spi.tier.CandidateProfile;
import io.tepai.spi.tier.Degree;
import io.tepai.spi.tier.TitleLevel;
import io.tepai.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SpecialistServiceImplTest {

    /** What the demo data set acts as: the services mark what it writes sample. */
    private static final Actor SAMPLE_DATA = Actor.sampleData("demo-data");

    private static final Actor ACTOR = new Actor("office", Set.of(Actor.ROLE_CITY));
    private static final Instant START = Instant.parse("2024-03-01T08:00:00Z");

    private TestStore db;
    private TierRegistry tiers;
    private MutableClock clock;
    private SpecialistServiceImpl service;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        tiers = new TierRegistry();
        tiers.addTier(new CityTier());
        tiers.addTier(new CountyTier());
        tiers.addTier(new ProvinceTier());
        clock = new MutableClock(START);
        service = new SpecialistServiceImpl(db.store(), tiers, clock);
        UnitServiceImpl units = new UnitServiceImpl(db.store());
        units.create(ACTOR, Drafts.unit("hpu"));
        units.create(ACTOR, Drafts.unit("jzu"));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private long specialistRows() {
        return db.count("SELECT COUNT(*) FROM specialist");
    }

    // --- create and get

    @Test
    void createStoresTheSpecialistAndReturnsItWithIdVersionAndTimestamps() {
        Specialist created = service.create(ACTOR, Drafts.specialist().build());

        assertTrue(created.id() > 0);
        assertEquals(1, created.version());
        assertEquals(START, created.createdAt());
        assertEquals(START, created.updatedAt());
        assertFalse(created.sample());
        assertEquals(1, specialistRows());
    }

    @Test
    void getReturnsWhatCreateStored() {
        Specialist created = service.create(ACTOR, Drafts.specialist().build());

        assertEquals(created, service.get(created.id()));
    }

    @Test
    void everyDraftFieldIsStored() {
        Specialist created = service.create(ACTOR, Drafts.specialist().name("王建国").unitCode("jzu")
                .titleLevel(TitleLevel.SENIOR).title("研究员").degree(Degree.DOCTORATE).fields("小麦育种", "种子检测")
                .sectors(Sector.PRIMARY, Sector.SECONDARY)
                .chainSegments(ChainSegment.PRODUCTION, ChainSegment.TESTING).tierId("province")
                .classification(Classification.RURAL_ENTREPRENEURSHIP).counties("wenxian", "wuzhi")
                .phone("13044348743").email("wang@example.cn").serviceExperience("十年小麦良种推广")
                .status(SpecialistStatus.CANDIDATE).build());

        Specialist read = service.get(created.id());
        assertEquals("王建国", read.name());
        assertEquals("jzu", read.unitCode());
        assertEquals(TitleLevel.SENIOR, read.titleLevel());
        assertEquals("研究员", read.title());
        assertEquals(Degree.DOCTORATE, read.degree());
        assertEquals(List.of("小麦育种", "种子检测"), read.fields());
        assertEquals("province", read.tierId());
        assertEquals(List.of("wenxian", "wuzhi"), read.counties());
        assertEquals("13044348743", read.phone());
        assertEquals("wang@example.cn", read.email());
        assertEquals("十年小麦良种推广", read.serviceExperience());
        assertEquals("", read.eligibilityException());
        assertEquals(SpecialistStatus.CANDIDATE, read.status());
    }

    @Test
    void R_FIELD_1_sectorsAndChainSegmentsAlongTheWholeChainAreStored() {
        Specialist created = service.create(ACTOR, Drafts.specialist()
                .sectors(Sector.PRIMARY, Sector.SECONDARY, Sector.TERTIARY)
                .chainSegments(EnumSet.allOf(ChainSegment.class)).build());

        Specialist read = service.get(created.id());
        assertEquals(Set.of(Sector.values()), read.sectors());
        assertEquals(Set.of(ChainSegment.values()), read.chainSegments());
    }

    @Test
    void R_TIER_2_theGuidanceClassIsStored() {
        Specialist created = service.create(ACTOR, Drafts.specialist()
                .classification(Classification.RURAL_ENTREPRENEURSHIP).build());

        assertEquals(Classification.RURAL_ENTREPRENEURSHIP, service.get(created.id()).classification());
    }

    @Test
    void textsAreStrippedAndFieldsDeduplicatedInOrder() {
        Specialist created = service.create(ACTOR, Drafts.specialist().name("  李振华 ").unitCode(" hpu ")
                .tierId(" city ").fields(" 怀山药栽培 ", "中药材加工", "怀山药栽培").title(" 农艺师 ")
                .email(" li@example.cn ").build());

        Specialist read = service.get(created.id());
        assertEquals("李振华", read.name());
        assertEquals("hpu", read.unitCode());
        assertEquals("city", read.tierId());
        assertEquals("农艺师", read.title());
        assertEquals("li@example.cn", read.email());
        assertEquals(List.of("怀山药栽培", "中药材加工"), read.fields());
    }

    @Test
    void countiesAreStrippedDeduplicatedAndSorted() {
        Specialist created = service.create(ACTOR, Drafts.specialist().counties("wuzhi", " boai", "wuzhi ").build());

        assertEquals(List.of("boai", "wuzhi"), service.get(created.id()).counties());
    }

    @Test
    void optionalTextsDefaultToEmptyAndStatusToCandidate() {
        Specialist created = service.create(ACTOR, Drafts.specialist().title(null).phone(null).email(null)
                .sectors(null).chainSegments(null).counties((List<String>) null).status(null).build());

        Specialist read = service.get(created.id());
        assertEquals("", read.title());
        assertEquals("", read.phone());
        assertEquals("", read.email());
        assertEquals(Set.of(), read.sectors());
        assertEquals(List.of(), read.counties());
        assertEquals(SpecialistStatus.CANDIDATE, read.status());
    }

    @Test
    void createWithSampleMarksTheRecordAsDemoData() {
        Specialist created = service.create(SAMPLE_DATA, Drafts.specialist().build());

        assertTrue(created.sample());
        assertTrue(service.get(created.id()).sample());
    }

    @Test
    void getOfAnUnknownIdIsNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> service.get(4242));

        assertTrue(e.getMessage().contains("4242"), e.getMessage());
    }

    @Test
    void anActorIsRequired() {
        assertThrows(NullPointerException.class, () -> service.create(null, Drafts.specialist().build()));

        assertEquals(0, specialistRows());
    }

    // --- what create refuses; nothing is written then

    @Test
    void anInvalidDraftIsRefusedBeforeTheStoreIsTouched() {
        Store store = mock(Store.class);
        SpecialistServiceImpl isolated = new SpecialistServiceImpl(store, tiers, clock);

        assertThrows(ValidationException.class, () -> isolated.create(ACTOR, Drafts.specialist().name("").build()));

        verifyNoInteractions(store);
    }

    @Test
    void anUnknownUnitIsAValidationErrorAndNothingIsWritten() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.create(ACTOR, Drafts.specialist().unitCode("nosuch").build()));

        assertEquals(List.of("unitCode"), e.errors().stream().map(FieldError::field).toList());
        assertEquals(0, specialistRows());
    }

    @Test
    void unknownUnitAndUnknownCountiesAreReportedTogether() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.create(ACTOR, Drafts.specialist().unitCode("nosuch").counties("wuzhi", "beijing", "x")
                        .build()));

        assertEquals(List.of("unitCode", "counties", "counties"), e.errors().stream().map(FieldError::field).toList());
        assertTrue(e.errors().get(1).message().contains("beijing"));
        assertEquals(0, specialistRows());
    }

    @Test
    void R_TIER_1_anUnknownTierIsARuleViolationAndNothingIsWritten() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> service.create(ACTOR, Drafts.specialist().tierId("unit-own").build()));

        assertEquals("R-TIER-1", e.ruleId());
        assertEquals(List.of(new FieldError("tierId", "unknown tier")), e.errors());
        assertEquals(0, specialistRows());
    }

    @Test
    void R_TIER_1_aTierWhosePluginStoppedCanNoLongerBeUsed() {
        CountyTier county = (CountyTier) tiers.tier("county").orElseThrow();
        tiers.removeTier(county);

        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> service.create(ACTOR, Drafts.specialist().tierId("county").build()));
        assertEquals("R-TIER-1", e.ruleId());
    }

    @Test
    void R_ELIG_1_anIneligibleCandidateWithoutExceptionIsRefusedAndNothingIsWritten() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> service.create(ACTOR, Drafts.specialist().ineligible().build()));

        assertEquals("R-ELIG-1", e.ruleId());
        assertEquals(1, e.errors().size());
        assertEquals(0, specialistRows());
    }

    @Test
    void R_ELIG_1_aCandidateWithoutServiceExperienceIsRefused() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> service.create(ACTOR, Drafts.specialist().serviceExperience("   ").build()));

        assertEquals("R-ELIG-1", e.ruleId());
        assertEquals(List.of(new FieldError("eligibilityException", "needs recorded service experience")),
                e.errors());
    }

    @Test
    void R_ELIG_1_aMastersDegreeWithoutTitleIsEligible() {
        Specialist created = service.create(ACTOR, Drafts.specialist().titleLevel(TitleLevel.NONE)
                .degree(Degree.MASTER).build());

        assertEquals("", created.eligibilityException());
    }

    @Test
    void R_ELIG_1_anIneligibleCandidateIsAdmittedWithTheRecordedReason() {
        Specialist created = service.create(ACTOR, Drafts.specialist().ineligible()
                .eligibilityException("  农村电商直播带货实践突出，经单位推荐破格选派。 ").build());

        assertEquals("农村电商直播带货实践突出，经单位推荐破格选派。", service.get(created.id()).eligibilityException());
        assertEquals(TitleLevel.JUNIOR, service.get(created.id()).titleLevel());
    }

    @Test
    void R_TIER_1_aTiersOwnConditionIsAppliedUnderItsRule() {
        tiers.addTier(new FakeTier("hpu-own") {
            @Override
            public List<String> eligibilityProblems(CandidateProfile candidate) {
                return "hpu".equals(candidate.unitCode()) ? List.of() : List.of("only for 河南理工大学 staff");
            }
        });

        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> service.create(ACTOR, Drafts.specialist().tierId("hpu-own").unitCode("jzu").build()));
        Specialist accepted = service.create(ACTOR, Drafts.specialist().tierId("hpu-own").unitCode("hpu").build());

        assertEquals("R-TIER-1", e.ruleId(), "the tier's own condition (issue 19)");
        assertEquals(List.of(new FieldError("eligibilityException", "only for 河南理工大学 staff")), e.errors());
        assertEquals("hpu-own", accepted.tierId());
        assertEquals(1, specialistRows());
    }

    @Test
    void R_ELIG_1_aBrokenTierPluginRefusesTheCandidateWithoutCrashing() {
        tiers.addTier(new FakeTier("broken") {
            @Override
            public List<String> eligibilityProblems(CandidateProfile candidate) {
                throw new IllegalStateException("plug-in bug");
            }
        });

        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> service.create(ACTOR, Drafts.specialist().tierId("broken").build()));

        assertTrue(e.errors().get(0).message().contains("'broken' failed"), e.errors().toString());
        assertEquals(0, specialistRows());
    }

    // --- update

    @Test
    void updateChangesTheRecordAndMovesVersionAndUpdatedAt() {
        Specialist created = service.create(ACTOR, Drafts.specialist().build());
        clock.advance(Duration.ofHours(2));

        Specialist updated = service.update(ACTOR, created.id(), created.version(), Drafts.specialist()
                .name("李振华").title("高级农艺师").titleLevel(TitleLevel.ASSOCIATE_SENIOR)
                .fields("怀山药栽培", "怀山药加工").status(SpecialistStatus.EXITED).build());

        assertEquals(created.version() + 1, updated.version());
        assertEquals(START, updated.createdAt());
        assertEquals(START.plus(Duration.ofHours(2)), updated.updatedAt());
        assertEquals(updated, service.get(created.id()));
        assertEquals("高级农艺师", updated.title());
        assertEquals(List.of("怀山药栽培", "怀山药加工"), updated.fields());
        assertEquals(SpecialistStatus.EXITED, updated.status());
    }

    @Test
    void updateWithoutStatusKeepsTheCurrentStatus() {
        Specialist created = appointedBefore(Drafts.specialist());

        Specialist updated = service.update(ACTOR, created.id(), created.version(),
                Drafts.specialist().title("高级农艺师").status(null).build());

        assertEquals(SpecialistStatus.ACTIVE, updated.status());
        assertEquals(SpecialistStatus.ACTIVE, service.get(created.id()).status());
    }

    @Test
    void updateWithAStatusChangesIt() {
        Specialist created = appointedBefore(Drafts.specialist());

        Specialist updated = service.update(ACTOR, created.id(), created.version(),
                Drafts.specialist().status(SpecialistStatus.EXITED).build());

        assertEquals(SpecialistStatus.EXITED, service.get(updated.id()).status());
    }

    @Test
    void updateCanReorderTheFields() {
        Specialist created = service.create(ACTOR, Drafts.specialist().fields("怀山药栽培", "中药材加工", "电商销售")
                .build());

        service.update(ACTOR, created.id(), created.version(),
                Drafts.specialist().fields("电商销售", "怀山药栽培", "中药材加工").build());

        assertEquals(List.of("电商销售", "怀山药栽培", "中药材加工"), service.get(created.id()).fields());
    }

    @Test
    void updateReplacesCountiesAndSectors() {
        Specialist created = service.create(ACTOR, Drafts.specialist().counties("wuzhi", "boai")
                .sectors(Sector.PRIMARY).build());

        Specialist updated = service.update(ACTOR, created.id(), created.version(), Drafts.specialist()
                .counties("mengzhou").sectors(Sector.TERTIARY).build());

        assertEquals(List.of("mengzhou"), service.get(created.id()).counties());
        assertEquals(Set.of(Sector.TERTIARY), updated.sectors());
    }

    @Test
    void updateWithAStaleVersionIsAConflictAndChangesNothing() {
        Specialist created = service.create(ACTOR, Drafts.specialist().build());
        Specialist current = service.update(ACTOR, created.id(), created.version(),
                Drafts.specialist().title("高级农艺师").build());

        ConflictException e = assertThrows(ConflictException.class, () -> service.update(ACTOR, created.id(),
                created.version(), Drafts.specialist().title("研究员").build()));

        assertTrue(e.getMessage().contains("version " + created.version()), e.getMessage());
        assertEquals(current, service.get(created.id()));
    }

    @Test
    void updateOfAnUnknownIdIsNotFound() {
        assertThrows(NotFoundException.class, () -> service.update(ACTOR, 4242, 1, Drafts.specialist().build()));
    }

    @Test
    void R_ELIG_1_anUpdateMakingTheSpecialistIneligibleIsRefusedAndChangesNothing() {
        Specialist created = service.create(ACTOR, Drafts.specialist().build());

        RuleViolationException e = assertThrows(RuleViolationException.class, () -> service.update(ACTOR,
                created.id(), created.version(), Drafts.specialist().ineligible().name("改名").build()));

        assertEquals("R-ELIG-1", e.ruleId());
        assertEquals(created, service.get(created.id()));
    }

    @Test
    void R_ELIG_1_removingTheExceptionReasonOfAnIneligibleSpecialistIsRefused() {
        Specialist created = service.create(ACTOR, Drafts.specialist().ineligible().eligibilityException("破格选派")
                .build());

        assertThrows(RuleViolationException.class, () -> service.update(ACTOR, created.id(), created.version(),
                Drafts.specialist().ineligible().eligibilityException("").build()));
        assertEquals("破格选派", service.get(created.id()).eligibilityException());
    }

    @Test
    void R_ELIG_1_anExceptionCoversOnlyTheShortfallsItWasRecordedForSoATierChangeNeedsANewReason() {
        tiers.addTier(new FakeTier("hpu-own") {
            @Override
            public List<String> eligibilityProblems(CandidateProfile candidate) {
                return "hpu".equals(candidate.unitCode()) ? List.of() : List.of("only for 河南理工大学 staff");
            }
        });
        Specialist created = service.create(ACTOR, Drafts.specialist().unitCode("jzu").ineligible()
                .eligibilityException("破格选派").build());
        Specialist renamed = service.update(ACTOR, created.id(), created.version(), Drafts.specialist()
                .unitCode("jzu").ineligible().eligibilityException("破格选派").name("改名").build());

        RuleViolationException e = assertThrows(RuleViolationException.class, () -> service.update(ACTOR,
                renamed.id(), renamed.version(), Drafts.specialist().unitCode("jzu").ineligible().tierId("hpu-own")
                        .eligibilityException("破格选派").name("改名").build()));
        Specialist withNewReason = service.update(ACTOR, renamed.id(), renamed.version(), Drafts.specialist()
                .unitCode("jzu").ineligible().tierId("hpu-own").eligibilityException("破格选派；经河南理工大学同意")
                .name("改名").build());

        assertEquals("R-TIER-1", e.ruleId(), "the uncovered shortfall is the tier's own");
        assertEquals(List.of(new FieldError("eligibilityException", "only for 河南理工大学 staff")), e.errors(),
                "only the new shortfall is named");
        assertEquals("hpu-own", withNewReason.tierId());
        assertEquals(2, db.count("SELECT COUNT(*) FROM specialist_exception_problem WHERE specialist_id = "
                + created.id()), "the new reason covers both shortfalls");
    }

    @Test
    void R_ELIG_1_anExceptionRecordedBeforeItsShortfallsWereStoredCoversTheStateItWasWrittenFor() {
        Specialist created = service.create(ACTOR, Drafts.specialist().ineligible().eligibilityException("破格选派")
                .build());
        db.store().write(repos -> { // as recorded before V008 stored the shortfalls
            repos.specialists().find(created.id()).orElseThrow().setExceptionProblems(List.of());
            return null;
        });

        Specialist legacy = service.get(created.id());

        Specialist renamed = service.update(ACTOR, legacy.id(), legacy.version(), Drafts.specialist().ineligible()
                .eligibilityException("破格选派").name("改名").build());
        assertThrows(RuleViolationException.class, () -> service.update(ACTOR, renamed.id(), renamed.version(),
                Drafts.specialist().ineligible().serviceExperience("").eligibilityException("破格选派").build()));
    }

    @Test
    void R_TIER_1_updateToAnUnknownTierIsRefusedAndChangesNothing() {
        Specialist created = service.create(ACTOR, Drafts.specialist().build());

        RuleViolationException e = assertThrows(RuleViolationException.class, () -> service.update(ACTOR,
                created.id(), created.version(), Drafts.specialist().tierId("gone").build()));

        assertEquals("R-TIER-1", e.ruleId());
        assertEquals("city", service.get(created.id()).tierId());
    }

    @Test
    void updateToAnUnknownUnitIsRefusedAndChangesNothing() {
        Specialist created = service.create(ACTOR, Drafts.specialist().build());

        assertThrows(ValidationException.class, () -> service.update(ACTOR, created.id(), created.version(),
                Drafts.specialist().unitCode("nosuch").build()));
        assertEquals(created, service.get(created.id()));
    }

    @Test
    void anInvalidUpdateIsRefusedBeforeTheStoreIsTouched() {
        Store store = mock(Store.class);
        SpecialistServiceImpl isolated = new SpecialistServiceImpl(store, tiers, clock);

        assertThrows(ValidationException.class,
                () -> isolated.update(ACTOR, 1, 1, Drafts.specialist().email("not-an-email").build()));

        verifyNoInteractions(store);
    }

    // --- delete

    @Test
    void deleteRemovesTheSpecialist() {
        Specialist created = service.create(ACTOR, Drafts.specialist().counties("wuzhi", "boai").build());

        service.delete(ACTOR, created.id(), created.version());

        assertThrows(NotFoundException.class, () -> service.get(created.id()));
        assertEquals(0, specialistRows());
        assertEquals(0, db.count("SELECT COUNT(*) FROM specialist_county"));
        assertEquals(0, db.count("SELECT COUNT(*) FROM specialist_field"));
    }

    @Test
    void deleteWithAStaleVersionIsAConflictAndKeepsTheSpecialist() {
        Specialist created = service.create(ACTOR, Drafts.specialist().build());
        service.update(ACTOR, created.id(), created.version(), Drafts.specialist().title("高级农艺师").build());

        assertThrows(ConflictException.class, () -> service.delete(ACTOR, created.id(), created.version()));

        assertEquals("高级农艺师", service.get(created.id()).title());
    }

    @Test
    void deleteOfAnUnknownIdIsNotFound() {
        assertThrows(NotFoundException.class, () -> service.delete(ACTOR, 4242, 1));
    }

    // --- search

    @Test
    void searchMapsMatchingRecordsAndReportsTheTotal() {
        Specialist a = service.create(ACTOR, Drafts.specialist().name("甲").unitCode("jzu").build());
        service.create(ACTOR, Drafts.specialist().name("乙").build());
        Specialist c = service.create(ACTOR, Drafts.specialist().name("丙").unitCode("jzu").build());

        Page<Specialist> page = service.search(new SpecialistFilter(null, "jzu", null, null, null, null),
                PageRequest.first());

        assertEquals(List.of(a, c), page.items());
        assertEquals(2, page.total());
    }

    @Test
    void searchWithoutFilterListsEveryoneInIdOrder() {
        Specialist a = service.create(ACTOR, Drafts.specialist().name("甲").build());
        Specialist b = service.create(ACTOR, Drafts.specialist().name("乙").unitCode("jzu").build());

        assertEquals(List.of(a, b), service.search(null, PageRequest.first()).items());
        assertEquals(List.of(b), service.search(new SpecialistFilter(null, "jzu", null, null, null, null),
                PageRequest.first()).items());
    }

    /**
     * Issue 17: q and field seek the search grams the store keeps with the specialist (V022); an update rewrites them
     * in its own transaction, so the renamed specialist is found under the new name, title and fields, not the old.
     */
    @Test
    void aRenamedSpecialistIsFoundUnderTheNewNameAndNotTheOld() {
        Specialist created = service.create(ACTOR, Drafts.specialist().name("郭明").fields("怀山药栽培").build());
        service.create(ACTOR, Drafts.specialist().name("李华").fields("小麦育种").build());

        service.update(ACTOR, created.id(), created.version(), Drafts.specialist().name("周强").title("高级农艺师")
                .fields("玉米栽培").build());

        assertEquals(List.of(), names(new SpecialistFilter(null, null, null, null, null, "郭明")));
        assertEquals(List.of("周强"), names(new SpecialistFilter(null, null, null, null, null, "周强")));
        assertEquals(List.of("周强"), names(new SpecialistFilter(null, null, null, null, null, "高级")));
        assertEquals(List.of("周强"), names(new SpecialistFilter(null, null, null, null, "玉米", null)));
        assertEquals(List.of(), names(new SpecialistFilter(null, null, null, null, "山药", null)));
    }

    private List<String> names(SpecialistFilter filter) {
        return service.search(filter, PageRequest.first()).items().stream().map(Specialist::name).toList();
    }

    @Test
    void searchByFieldOfExpertiseFindsMatchingSpecialists() {
        Specialist yam = service.create(ACTOR, Drafts.specialist().name("甲").fields("怀山药栽培").build());
        service.create(ACTOR, Drafts.specialist().name("乙").fields("小麦育种").build());

        Page<Specialist> page = service.search(new SpecialistFilter(null, null, null, null, "山药", null),
                PageRequest.first());

        assertEquals(List.of(yam), page.items());
    }

    @Test
    void searchByTextLooksAtNameTitleAndFields() {
        Specialist byName = service.create(ACTOR, Drafts.specialist().name("张山").fields("小麦育种").build());
        Specialist byField = service.create(ACTOR, Drafts.specialist().name("李四").fields("怀山药栽培").build());
        service.create(ACTOR, Drafts.specialist().name("王五").fields("设施蔬菜").build());

        Page<Specialist> page = service.search(new SpecialistFilter(null, null, null, null, null, "山"),
                PageRequest.first());

        assertEquals(List.of(byName, byField), page.items());
        assertEquals(2, page.total());
    }

    @Test
    void R_REC_2_aUnitRegistersCandidatesButOnlyTheCityAppoints() {
        Actor hpu = new Actor("hpu", Set.of(Actor.ROLE_UNIT, "unit:hpu"));
        ForbiddenException appoint = assertThrows(ForbiddenException.class, () -> service.create(hpu,
                Drafts.specialist().unitCode("hpu").status(SpecialistStatus.ACTIVE).build()));
        assertEquals(Actor.ROLE_CITY, appoint.missingScope());

        Specialist candidate = service.create(hpu,
                Drafts.specialist().unitCode("hpu").status(SpecialistStatus.CANDIDATE).build());
        assertThrows(ForbiddenException.class, () -> service.update(hpu, candidate.id(), candidate.version(),
                Drafts.specialist().unitCode("hpu").status(SpecialistStatus.ACTIVE).build()));
        // not even the city office sets ACTIVE by writing the status: an intake's appointment does, or an exception
        RuleViolationException notBySetting = assertThrows(RuleViolationException.class, () -> service.update(ACTOR,
                candidate.id(), candidate.version(), Drafts.specialist().unitCode("hpu")
                        .status(SpecialistStatus.ACTIVE).build()));
        assertEquals("R-REC-2", notBySetting.ruleId());
        assertEquals("R-REC-2", assertThrows(RuleViolationException.class, () -> service.create(ACTOR,
                Drafts.specialist().status(SpecialistStatus.ACTIVE).build())).ruleId());
        assertEquals(SpecialistStatus.CANDIDATE, service.get(candidate.id()).status());
    }

    @Test
    void R_REC_2_theCityOfficeRecordsASpecialistAppointedBeforeTepaiWithAReasonAndATerm() {
        Specialist appointed = appointedBefore(Drafts.specialist().name("孙老专家"));
        assertEquals(SpecialistStatus.ACTIVE, appointed.status());
        List<Term> terms = new TermServiceImpl(db.store()).history(appointed.id());
        assertEquals(1, terms.size());
        assertEquals(TermSource.EXCEPTION, terms.get(0).source());
        assertEquals("2019年经市科技局发文选派，早于平台建账", terms.get(0).reason());
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'SpecialistTerm' AND reason LIKE "
                + "'exception: 2019%'"));
        Actor hpu = new Actor("hpu", Set.of(Actor.ROLE_UNIT, "unit:hpu"));
        assertThrows(ForbiddenException.class, () -> service.appointByException(hpu, Drafts.specialist().build(),
                LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), "单位自行认定"));
        ValidationException noReason = assertThrows(ValidationException.class, () -> service.appointByException(
                ACTOR, Drafts.specialist().build(), LocalDate.of(2024, 1, 1), LocalDate.of(2023, 12, 31), " "));
        assertEquals(List.of("termEnd", "reason"), noReason.errors().stream().map(e -> e.field()).toList());
    }

    private Specialist appointedBefore(Drafts draft) {
        return service.appointByException(ACTOR, draft.build(), LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31),
                "2019年经市科技局发文选派，早于平台建账");
    }

    /**
     * Issue 11.2: an appointed (ACTIVE) specialist's tier, counties and eligibility exception were decided in the
     * city's selection (R-REC-2); the unit changes them no more (403, missingScope city), but still keeps the contact
     * data and profile current. The city office changes them.
     */
    @Test
    void R_REC_2_aUnitMayNotChangeTheTierCountiesOrEligibilityExceptionOfAnAppointedSpecialist() {
        Actor hpu = new Actor("hpu", Set.of(Actor.ROLE_UNIT, "unit:hpu"));
        Specialist appointed = appointedBefore(Drafts.specialist().unitCode("hpu"));
        for (Drafts change : List.of(
                Drafts.specialist().unitCode("hpu").status(SpecialistStatus.ACTIVE).tierId("county"),
                Drafts.specialist().unitCode("hpu").status(SpecialistStatus.ACTIVE).counties("wuzhi", "xiuwu"),
                Drafts.specialist().unitCode("hpu").status(SpecialistStatus.ACTIVE).counties(List.of()),
                Drafts.specialist().unitCode("hpu").status(SpecialistStatus.ACTIVE).eligibilityException("破格"))) {
            SpecialistDraft draft = change.build();
            ForbiddenException refused = assertThrows(ForbiddenException.class,
                    () -> service.update(hpu, appointed.id(), appointed.version(), draft), draft.toString());
            assertEquals(Actor.ROLE_CITY, refused.missingScope());
            assertTrue(refused.getMessage().contains("R-REC-2"), refused.getMessage());
        }
        Specialist contact = service.update(hpu, appointed.id(), appointed.version(), Drafts.specialist()
                .unitCode("hpu").status(SpecialistStatus.ACTIVE).phone("13900000000").email("new@hpu.edu.cn")
                .serviceExperience("十年基层服务").build());
        assertEquals("13900000000", contact.phone());
        Specialist byCity = service.update(ACTOR, contact.id(), contact.version(), Drafts.specialist()
                .unitCode("hpu").status(SpecialistStatus.ACTIVE).phone("13900000000").email("new@hpu.edu.cn")
                .serviceExperience("十年基层服务").counties("wuzhi", "xiuwu").build());
        assertEquals(List.of("wuzhi", "xiuwu"), byCity.counties());

        Specialist candidate = service.create(hpu,
                Drafts.specialist().unitCode("hpu").status(SpecialistStatus.CANDIDATE).build());
        Specialist moved = service.update(hpu, candidate.id(), candidate.version(), Drafts.specialist()
                .unitCode("hpu").status(SpecialistStatus.CANDIDATE).counties("xiuwu").build());
        assertEquals(List.of("xiuwu"), moved.counties(), "a candidate is still the unit's registration (R-REC-1)");
    }
}
