package io.tepai.core.dispatch;

import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.WUZHI;
import static io.tepai.core.testing.Organisation.XIUWU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.ConflictException;
import io.tepai.api.FieldError;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.dispatch.Assignment;
import io.tepai.api.dispatch.AssignmentDraft;
import io.tepai.api.dispatch.AssignmentFilter;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.core.module.ModuleRegistry;
import io.tepai.core.testing.Drafts;
import io.tepai.core.testing.FakeTier;
import io.tepai.core.testing.Modules;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.Organisation.Specialists;
import io.tepai.core.testing.TestStore;
import io.tepai.core.tier.TierRegistry;
import io.tepai.spi.module.Shared;
import io.tepai.spi.tier.SpecialistTier;
import io.tepai.spi.tier.SupportLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssignmentServiceImplTest {

    private static final Instant START = Instant.parse("2024-03-01T08:00:00Z");
    private static final String REASON = "武陟、修武两县怀药标准化基地同时急需，经局长办公会研究同意";

    private TestStore db;
    private MutableClock clock;
    private TierRegistry tiers;
    private ModuleRegistry modules;
    private Specialists specialists;
    private AssignmentServiceImpl service;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        clock = new MutableClock(START);
        Organisation.units(db.store());
        tiers = Organisation.builtInTiers();
        modules = Modules.registry(db.store(), clock);
        tiers.list().forEach(tier -> modules.addTier(tiers.tier(tier.id()).orElseThrow(), Map.of()));
        // a county's own plug-in tier: its specialists are supported at county level
        addPluginTier(new FakeTier("wuzhi-own") {
            @Override
            public SupportLevel supportLevel() {
                return SupportLevel.COUNTY;
            }
        });
        // the unit's own programme (UNIT), offered to every county so that a county may switch it on itself
        addPluginTier(new FakeTier("hpu-own"));
        // R-TIER-1: wuzhi accepts both plug-in tiers; the other counties accept none
        modules.enable(CITY, "wuzhi", "wuzhi-own", null);
        modules.enable(CITY, "wuzhi", "hpu-own", null);
        specialists = new Specialists(db.store(), tiers);
        service = new AssignmentServiceImpl(db.store(), tiers, modules, clock);
    }

    private void addPluginTier(SpecialistTier tier) {
        tiers.addTier(tier);
        modules.addTier(tier, Map.of(Shared.PROPERTY, true));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static AssignmentDraft draft(long specialistId, String county, int year) {
        return draft(specialistId, county, year, null, null);
    }

    private static AssignmentDraft draft(long specialistId, String county, int year, SupportLevel level,
                                         String exceptionReason) {
        return new AssignmentDraft(specialistId, county, year, level, List.of(), List.of(), exceptionReason);
    }

    private long rows() {
        return db.count("SELECT COUNT(*) FROM assignment");
    }

    // --- create

    @Test
    void createStoresTheAssignment() {
        long id = specialists.active("李振华");

        Assignment created = service.create(CITY, new AssignmentDraft(id, " wuzhi ", 2024, null,
                List.of(" 四大怀药 ", "小麦良种"), List.of(" 武陟县大封镇怀药合作社 "), null));

        assertTrue(created.id() > 0);
        assertEquals(id, created.specialistId());
        assertEquals("李振华", created.specialistName());
        assertEquals("hpu", created.unitCode());
        assertEquals("wuzhi", created.county());
        assertEquals(2024, created.year());
        assertEquals(SupportLevel.CITY, created.level());
        assertEquals(List.of("四大怀药", "小麦良种"), created.industries());
        assertEquals(List.of("武陟县大封镇怀药合作社"), created.recipients());
        assertEquals("", created.exceptionReason());
        assertEquals(1, created.version());
        assertEquals(START, created.createdAt());
        assertFalse(created.sample());
        assertEquals(created, service.get(created.id()));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Assignment'"
                + " AND action = 'create' AND reason = ''"));
    }

    @Test
    void getOfAnUnknownIdIsNotFound() {
        assertThrows(NotFoundException.class, () -> service.get(4242));
    }

    @Test
    void R_REC_3_theLevelDefaultsFromTheSpecialistsTier() {
        long city = specialists.active("市派", "city");
        long province = specialists.active("省派", "province");
        long county = specialists.active("县派", "county");
        long plugin = specialists.active("武陟自设", "wuzhi-own");
        long unit = specialists.active("本级", "hpu-own");

        assertEquals(SupportLevel.CITY, service.create(CITY, draft(city, "wuzhi", 2024)).level());
        assertEquals(SupportLevel.PROVINCE, service.create(CITY, draft(province, "wuzhi", 2024)).level());
        assertEquals(SupportLevel.COUNTY, service.create(CITY, draft(county, "wuzhi", 2024)).level());
        assertEquals(SupportLevel.COUNTY, service.create(CITY, draft(plugin, "wuzhi", 2024)).level());
        assertEquals(SupportLevel.UNIT, service.create(CITY, draft(unit, "wuzhi", 2024)).level());
    }

    @Test
    void anExplicitLevelOverridesTheTier() {
        long id = specialists.active("市派", "city");

        Assignment created = service.create(CITY, draft(id, "wuzhi", 2024, SupportLevel.PROVINCE, null));

        assertEquals(SupportLevel.PROVINCE, created.level());
    }

    @Test
    void aSpecialistWhoseTierIsNotLoadedNeedsAnExplicitLevel() {
        FakeTier gone = new FakeTier("gone");
        tiers.addTier(gone);
        long id = specialists.active("插件已停", "gone");
        tiers.removeTier(gone);

        ValidationException e = assertThrows(ValidationException.class,
                () -> service.create(CITY, draft(id, "wuzhi", 2024)));
        Assignment explicit = service.create(CITY, draft(id, "wuzhi", 2024, SupportLevel.UNIT, null));

        assertEquals("level", e.errors().get(0).field());
        assertEquals(SupportLevel.UNIT, explicit.level());
        assertEquals(1, rows());
    }

    // --- R-TIER-1: plug-in tiers only where the county switched them on

    @Test
    void R_TIER_1_aPluginTierSpecialistIsNotDispatchedToACountyThatDidNotSwitchTheTierOn() {
        long id = specialists.active("本级", "hpu-own");

        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> service.create(CITY, draft(id, "xiuwu", 2024)));

        assertEquals("R-TIER-1", e.ruleId());
        assertTrue(e.getMessage().contains("tier 'hpu-own'"), e.getMessage());
        assertTrue(e.getMessage().contains("county 'xiuwu'"), e.getMessage());
        assertTrue(e.getMessage().contains("tepai:module-enable xiuwu hpu-own"), e.getMessage());
        assertEquals(List.of("specialistId"), e.errors().stream().map(FieldError::field).toList());
        assertEquals(0, rows());
    }

    @Test
    void R_TIER_1_theCountyItselfIsRefusedTooUntilItSwitchesTheTierOn() {
        long id = specialists.active("本级", "hpu-own");
        assertThrows(RuleViolationException.class, () -> service.create(XIUWU, draft(id, "xiuwu", 2024)));

        modules.enable(XIUWU, "xiuwu", "hpu-own", null);
        Assignment created = service.create(XIUWU, draft(id, "xiuwu", 2024, SupportLevel.COUNTY, null));

        assertEquals("xiuwu", created.county());
        assertEquals(1, rows());
    }

    @Test
    void R_TIER_1_switchingTheTierOffStopsNewDispatchesButExistingOnesCanStillBeCorrected() {
        long first = specialists.active("本级甲", "hpu-own");
        long second = specialists.active("本级乙", "hpu-own");
        Assignment existing = service.create(CITY, draft(first, "wuzhi", 2024));

        modules.disable(CITY, "wuzhi", "hpu-own");

        assertThrows(RuleViolationException.class, () -> service.create(CITY, draft(second, "wuzhi", 2024)));
        Assignment corrected = service.update(CITY, existing.id(), existing.version(), new AssignmentDraft(first,
                "wuzhi", 2024, null, List.of(), List.of("武陟县大封镇怀药合作社"), null));
        assertEquals(List.of("武陟县大封镇怀药合作社"), corrected.recipients());
        RuleViolationException moved = assertThrows(RuleViolationException.class, () -> service.update(CITY,
                existing.id(), corrected.version(), draft(second, "wuzhi", 2024)));
        assertEquals("R-TIER-1", moved.ruleId());
    }

    @Test
    void R_TIER_1_builtInTiersNeedNoSwitch() {
        long city = specialists.active("市派", "city");
        long county = specialists.active("县派", "county");

        service.create(CITY, draft(city, "xiuwu", 2024));
        service.create(CITY, draft(county, "boai", 2024));

        assertEquals(2, rows());
    }

    @Test
    void R_REC_2_onlyAppointedSpecialistsAreDispatched() {
        long candidate = specialists.create(Drafts.specialist().name("候选人").status(SpecialistStatus.CANDIDATE));
        long exited = specialists.create(Drafts.specialist().name("已退出").status(SpecialistStatus.EXITED));

        ValidationException unknown = assertThrows(ValidationException.class,
                () -> service.create(CITY, draft(4242L, "wuzhi", 2024)));
        assertEquals(List.of("specialistId"), unknown.errors().stream().map(FieldError::field).toList());
        // R-REC-2: a candidate not yet appointed is refused by the rule (a step out of order), not as a bad field
        assertEquals("R-REC-2", assertThrows(io.tepai.api.RuleViolationException.class,
                () -> service.create(CITY, draft(candidate, "wuzhi", 2024))).ruleId());
        // R-REC-4: who has left the programme is refused by the rule, not as a bad field
        assertEquals("R-REC-4", assertThrows(io.tepai.api.RuleViolationException.class,
                () -> service.create(CITY, draft(exited, "wuzhi", 2024))).ruleId());
        assertEquals(0, rows());
    }

    @Test
    void R_GOAL_1_industriesMustBeLeadingIndustriesOfTheCounty() {
        long id = specialists.active("李振华");

        ValidationException e = assertThrows(ValidationException.class, () -> service.create(CITY,
                new AssignmentDraft(id, "wuzhi", 2024, null, List.of("四大怀药", "乡村旅游", "怀药"), List.of(), null)));

        assertEquals(List.of("industries[1]", "industries[2]"), e.errors().stream().map(FieldError::field).toList());
        assertTrue(e.errors().get(0).message().contains("武陟县"), e.errors().get(0).message());
        assertEquals(0, rows());
    }

    @Test
    void unknownCountyAndUnknownSpecialistAreReportedTogether() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.create(CITY, draft(4242, "beijing", 2024)));

        assertEquals(List.of("county", "specialistId"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void anInvalidDraftIsRefusedWithEveryProblem() {
        AssignmentDraft bad = new AssignmentDraft(null, " ", 1999, null, List.of(" "), List.of("x".repeat(257)),
                null);

        ValidationException e = assertThrows(ValidationException.class, () -> service.create(CITY, bad));

        assertEquals(List.of("specialistId", "county", "year", "industries[0]", "recipients[0]"),
                e.errors().stream().map(FieldError::field).toList());
        assertThrows(ValidationException.class, () -> service.create(CITY, draft(1, "wuzhi", 2101)));
        assertEquals(0, rows());
    }

    @Test
    void aSpecialistIsDispatchedToACountyOnceAYear() {
        long id = specialists.active("李振华");
        service.create(CITY, draft(id, "wuzhi", 2024));

        ConflictException e = assertThrows(ConflictException.class,
                () -> service.create(CITY, draft(id, "wuzhi", 2024, SupportLevel.PROVINCE, null)));

        assertTrue(e.getMessage().contains("wuzhi"), e.getMessage());
        assertEquals(1, rows());
        assertEquals(2025, service.create(CITY, draft(id, "wuzhi", 2025)).year());
    }

    // --- R-REC-3: no double support by the city and a county in one year

    @Test
    void R_REC_3_cityThenCountyLevelInTheSameYearIsRefused() {
        long id = specialists.active("李振华", "city");
        Assignment city = service.create(CITY, draft(id, "wuzhi", 2024));

        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> service.create(CITY, draft(id, "xiuwu", 2024, SupportLevel.COUNTY, null)));

        assertEquals(SupportLevel.CITY, city.level());
        assertEquals("R-REC-3", e.ruleId());
        assertEquals(List.of("exceptionReason"), e.errors().stream().map(FieldError::field).toList());
        assertTrue(e.getMessage().contains("assignment " + city.id()), e.getMessage());
        assertEquals(1, rows());
    }

    @Test
    void R_REC_3_countyThenCityLevelInTheSameYearIsRefusedToo() {
        long id = specialists.active("王建国", "county");
        service.create(XIUWU, draft(id, "xiuwu", 2024));

        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> service.create(CITY, draft(id, "wuzhi", 2024, SupportLevel.CITY, "   ")));

        assertEquals("R-REC-3", e.ruleId());
        assertEquals(1, rows());
    }

    @Test
    void R_REC_3_theCityOfficeMayAllowDoubleSupportWithAReasonThatIsStoredAndAudited() {
        long id = specialists.active("李振华", "city");
        service.create(CITY, draft(id, "wuzhi", 2024));

        Assignment second = service.create(CITY, draft(id, "xiuwu", 2024, SupportLevel.COUNTY, "  " + REASON + " "));

        assertEquals(SupportLevel.COUNTY, second.level());
        assertEquals(REASON, second.exceptionReason());
        assertEquals(REASON, service.get(second.id()).exceptionReason());
        assertEquals(2, rows());
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Assignment'"
                + " AND entity_id = '" + second.id() + "' AND action = 'create' AND reason = '" + REASON + "'"));
    }

    @Test
    void R_REC_3_aCountyCannotRecordTheException() {
        long id = specialists.active("李振华", "city");
        service.create(CITY, draft(id, "wuzhi", 2024));

        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> service.create(XIUWU, draft(id, "xiuwu", 2024, SupportLevel.COUNTY, REASON)));
        RuleViolationException withoutReason = assertThrows(RuleViolationException.class,
                () -> service.create(XIUWU, draft(id, "xiuwu", 2024, SupportLevel.COUNTY, null)));

        assertEquals("city", e.missingScope());
        assertEquals("R-REC-3", withoutReason.ruleId());
        assertEquals(1, rows());
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Assignment'"));
    }

    @Test
    void R_REC_3_aCountyCannotSidestepTheRuleByNamingAnotherGovernmentsLevel() {
        long id = specialists.active("李振华", "county");

        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> service.create(XIUWU, draft(id, "xiuwu", 2024, SupportLevel.PROVINCE, null)));
        Assignment own = service.create(XIUWU, draft(id, "xiuwu", 2024, SupportLevel.COUNTY, null));

        assertEquals("city", e.missingScope());
        assertEquals(SupportLevel.COUNTY, own.level());
        assertEquals(1, rows());
    }

    @Test
    void R_REC_3_aRecordedExceptionCoversBothAssignmentsOfThePairInLaterEdits() {
        long id = specialists.active("李振华", "city");
        Assignment city = service.create(CITY, draft(id, "wuzhi", 2024));
        Assignment county = service.create(CITY, draft(id, "xiuwu", 2024, SupportLevel.COUNTY, REASON));

        Assignment countyEdit = service.update(XIUWU, county.id(), county.version(), new AssignmentDraft(id,
                "xiuwu", 2024, SupportLevel.COUNTY, List.of(), List.of("修武县云台山合作社"), null));
        Assignment cityEdit = service.update(WUZHI, city.id(), city.version(), new AssignmentDraft(id, "wuzhi", 2024,
                null, List.of(), List.of("武陟县大封镇怀药合作社"), null));

        assertEquals(REASON, countyEdit.exceptionReason(), "the reason stays with the excepted assignment");
        assertEquals(List.of("修武县云台山合作社"), countyEdit.recipients());
        assertEquals(List.of("武陟县大封镇怀药合作社"), cityEdit.recipients());
        long third = specialists.active("张秀兰", "city");
        service.create(CITY, draft(third, "wuzhi", 2024));
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> service.create(CITY, draft(third, "boai", 2024, SupportLevel.COUNTY, null)));
        assertEquals("R-REC-3", e.ruleId());
    }

    @Test
    void R_REC_3_aDifferentYearIsFine() {
        long id = specialists.active("李振华", "city");
        service.create(CITY, draft(id, "wuzhi", 2024));

        Assignment next = service.create(XIUWU, draft(id, "xiuwu", 2025, SupportLevel.COUNTY, null));

        assertEquals(SupportLevel.COUNTY, next.level());
        assertEquals("", next.exceptionReason());
    }

    @Test
    void R_REC_3_provinceAndCountyOrProvinceAndCityAreFine() {
        long toCounty = specialists.active("省派甲", "province");
        long toCity = specialists.active("省派乙", "province");
        service.create(CITY, draft(toCounty, "wuzhi", 2024));
        service.create(CITY, draft(toCity, "wuzhi", 2024));

        Assignment county = service.create(XIUWU, draft(toCounty, "xiuwu", 2024, SupportLevel.COUNTY, null));
        Assignment city = service.create(CITY, draft(toCity, "wenxian", 2024, SupportLevel.CITY, null));

        assertEquals(SupportLevel.COUNTY, county.level());
        assertEquals("", county.exceptionReason());
        assertEquals(SupportLevel.CITY, city.level());
        assertEquals("", city.exceptionReason());
        assertEquals(4, rows());
    }

    @Test
    void R_REC_3_theSameLevelInTwoCountiesIsNotDoubleSupport() {
        long city = specialists.active("市派", "city");
        long county = specialists.active("县派", "county");

        service.create(CITY, draft(city, "wuzhi", 2024));
        Assignment secondCity = service.create(CITY, draft(city, "xiuwu", 2024));
        service.create(WUZHI, draft(county, "wuzhi", 2024));
        Assignment secondCounty = service.create(XIUWU, draft(county, "xiuwu", 2024));

        assertEquals("", secondCity.exceptionReason());
        assertEquals("", secondCounty.exceptionReason());
        assertEquals(4, rows());
    }

    @Test
    void R_REC_3_aReasonWithoutDoubleSupportIsNotRecorded() {
        long id = specialists.active("李振华", "city");

        Assignment created = service.create(CITY, draft(id, "wuzhi", 2024, null, REASON));

        assertEquals("", created.exceptionReason());
    }

    @Test
    void R_REC_3_anUpdateThatWouldCreateDoubleSupportIsRefused() {
        long id = specialists.active("李振华", "city");
        service.create(CITY, draft(id, "wuzhi", 2024));
        Assignment province = service.create(CITY, draft(id, "xiuwu", 2024, SupportLevel.PROVINCE, null));

        RuleViolationException e = assertThrows(RuleViolationException.class, () -> service.update(XIUWU,
                province.id(), province.version(), draft(id, "xiuwu", 2024, SupportLevel.COUNTY, null)));

        assertEquals("R-REC-3", e.ruleId());
        assertEquals(province, service.get(province.id()));
    }

    @Test
    void R_REC_3_movingAnAssignmentIntoTheYearOfAnotherLevelIsRefused() {
        long id = specialists.active("李振华", "city");
        service.create(CITY, draft(id, "wuzhi", 2024));
        Assignment earlier = service.create(XIUWU, draft(id, "xiuwu", 2023, SupportLevel.COUNTY, null));

        RuleViolationException e = assertThrows(RuleViolationException.class, () -> service.update(XIUWU,
                earlier.id(), earlier.version(), draft(id, "xiuwu", 2024, SupportLevel.COUNTY, null)));
        ForbiddenException county = assertThrows(ForbiddenException.class, () -> service.update(XIUWU,
                earlier.id(), earlier.version(), draft(id, "xiuwu", 2024, SupportLevel.COUNTY, REASON)));
        Assignment allowed = service.update(CITY, earlier.id(), earlier.version(),
                draft(id, "xiuwu", 2024, SupportLevel.COUNTY, REASON));

        assertEquals("R-REC-3", e.ruleId());
        assertEquals("city", county.missingScope());
        assertEquals(2024, allowed.year());
        assertEquals(REASON, allowed.exceptionReason());
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Assignment'"
                + " AND action = 'update' AND reason = '" + REASON + "'"));
    }

    @Test
    void R_REC_3_anAssignmentDoesNotClashWithItself() {
        long id = specialists.active("李振华", "city");
        Assignment city = service.create(CITY, draft(id, "wuzhi", 2024));

        Assignment county = service.update(CITY, city.id(), city.version(),
                draft(id, "wuzhi", 2024, SupportLevel.COUNTY, null));

        assertEquals(SupportLevel.COUNTY, county.level());
        assertEquals("", county.exceptionReason());
    }

    // --- update and delete

    @Test
    void updateChangesTheAssignmentAndItsVersion() {
        long id = specialists.active("李振华");
        Assignment created = service.create(WUZHI, draft(id, "wuzhi", 2024));
        clock.advance(Duration.ofDays(3));

        Assignment updated = service.update(WUZHI, created.id(), created.version(), new AssignmentDraft(id, "wuzhi",
                2024, null, List.of("畜禽养殖"), List.of("武陟县龙源养殖合作社"), null));

        assertEquals(created.version() + 1, updated.version());
        assertEquals(List.of("畜禽养殖"), updated.industries());
        assertEquals(List.of("武陟县龙源养殖合作社"), updated.recipients());
        assertEquals(START, updated.createdAt());
        assertEquals(updated, service.get(created.id()));
    }

    @Test
    void updateWithAStaleVersionIsAConflictAndChangesNothing() {
        long id = specialists.active("李振华");
        Assignment created = service.create(CITY, draft(id, "wuzhi", 2024));
        Assignment current = service.update(CITY, created.id(), created.version(), new AssignmentDraft(id, "wuzhi",
                2024, null, List.of("四大怀药"), List.of(), null));

        assertThrows(ConflictException.class, () -> service.update(CITY, created.id(), created.version(),
                draft(id, "wuzhi", 2025)));

        assertEquals(current, service.get(created.id()));
    }

    @Test
    void movingAnAssignmentOntoAnotherOfTheSameCountyAndYearIsAConflict() {
        long id = specialists.active("李振华");
        service.create(CITY, draft(id, "wuzhi", 2024));
        Assignment other = service.create(CITY, draft(id, "xiuwu", 2024));

        assertThrows(ConflictException.class,
                () -> service.update(CITY, other.id(), other.version(), draft(id, "wuzhi", 2024)));

        assertEquals("xiuwu", service.get(other.id()).county());
    }

    @Test
    void deleteRemovesTheAssignmentWithItsLists() {
        long id = specialists.active("李振华");
        Assignment created = service.create(CITY, new AssignmentDraft(id, "wuzhi", 2024, null, List.of("四大怀药"),
                List.of("合作社"), null));

        assertThrows(ConflictException.class, () -> service.delete(CITY, created.id(), created.version() + 1));
        service.delete(WUZHI, created.id(), created.version());

        assertThrows(NotFoundException.class, () -> service.get(created.id()));
        assertEquals(0, rows());
        assertEquals(0, db.count("SELECT COUNT(*) FROM assignment_industry"));
        assertEquals(0, db.count("SELECT COUNT(*) FROM assignment_recipient"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Assignment'"
                + " AND action = 'delete' AND actor = 'wuzhi-kjj'"));
    }

    // --- scoping: a county records the specialists dispatched to itself

    @Test
    void aCountyDispatchesToItselfOnly() {
        long id = specialists.active("李振华");

        Assignment own = service.create(WUZHI, draft(id, "wuzhi", 2024));
        ForbiddenException other = assertThrows(ForbiddenException.class,
                () -> service.create(WUZHI, draft(id, "xiuwu", 2024)));

        assertEquals("wuzhi", own.county());
        assertEquals("county:xiuwu", other.missingScope());
        assertEquals(1, rows());
    }

    @Test
    void aCountyCannotChangeOrTakeOverAnotherCountysAssignment() {
        long id = specialists.active("李振华");
        Assignment wuzhi = service.create(WUZHI, draft(id, "wuzhi", 2024));

        assertThrows(ForbiddenException.class,
                () -> service.update(XIUWU, wuzhi.id(), wuzhi.version(), draft(id, "xiuwu", 2024)));
        assertThrows(ForbiddenException.class,
                () -> service.update(XIUWU, wuzhi.id(), wuzhi.version(), draft(id, "wuzhi", 2025)));
        assertThrows(ForbiddenException.class,
                () -> service.update(WUZHI, wuzhi.id(), wuzhi.version(), draft(id, "xiuwu", 2024)));
        assertThrows(ForbiddenException.class, () -> service.delete(XIUWU, wuzhi.id(), wuzhi.version()));

        assertEquals(wuzhi, service.get(wuzhi.id()));
    }

    // --- search

    @Test
    void searchFiltersByCountyYearSpecialistUnitAndLevel() {
        long li = specialists.active("李振华", "city");
        long wang = specialists.create(Drafts.specialist().name("王建国").unitCode("jzu").tierId("province")
                .status(SpecialistStatus.ACTIVE));
        Assignment a = service.create(CITY, draft(li, "wuzhi", 2024));
        Assignment b = service.create(CITY, draft(wang, "wuzhi", 2024));
        Assignment c = service.create(CITY, draft(wang, "xiuwu", 2023));

        assertEquals(List.of(a, b), service.search(new AssignmentFilter("wuzhi", 2024, null, null, null),
                PageRequest.first()).items());
        assertEquals(List.of(b, c), service.search(new AssignmentFilter(null, null, null, "jzu", null),
                PageRequest.first()).items());
        assertEquals(List.of(b, c), service.search(new AssignmentFilter(null, null, wang, null, null),
                PageRequest.first()).items());
        assertEquals(List.of(a), service.search(new AssignmentFilter(null, null, null, null, SupportLevel.CITY),
                PageRequest.first()).items());
        assertEquals(3, service.search(null, PageRequest.first()).total());
    }
}
