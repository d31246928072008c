package io.tepai.core.field;

import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.WUZHI;
import static io.tepai.core.testing.Organisation.XIUWU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.ForbiddenException;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.field.LogFilter;
import io.tepai.api.field.LogKind;
import io.tepai.api.field.LogStatus;
import io.tepai.api.field.ServiceLog;
import io.tepai.api.field.ServiceLogDraft;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.Organisation.Specialists;
import io.tepai.core.testing.TestStore;
import io.tepai.store.entity.AssignmentEntity;
import io.tepai.store.entity.RecipientEntity;
import io.tepai.store.entity.ServiceLogEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Service logs: validation, the one-place-a-day rule, the lifecycle across roles, corrections (R-SVC-1, R-SVC-3). */
class ServiceLogServiceImplTest {

    /** 2026-06-15 10:00 in China. */
    private static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");
    private static final LocalDate MAY_4 = LocalDate.of(2026, 5, 4);

    private TestStore db;
    private ServiceLogServiceImpl service;
    private long li;
    private long zhang;
    private Actor self;
    private long wuzhiRecipient;
    private long xiuwuRecipient;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        Organisation.units(db.store());
        Specialists specialists = new Specialists(db.store(), Organisation.builtInTiers());
        li = specialists.active("李振华");
        zhang = specialists.active("张秀兰");
        self = new Actor("lizh", Set.of(Actor.ROLE_SPECIALIST, "specialist:" + li));
        wuzhiRecipient = recipient("武陟县大封镇怀药合作社", "wuzhi");
        xiuwuRecipient = recipient("修武县云台山民宿合作社", "xiuwu");
        MutableClock clock = new MutableClock(NOW);
        service = new ServiceLogServiceImpl(db.store(), ProgrammeCalendarService.calendarYear(clock), clock);
        dispatch(li, "wuzhi", 2026);
    }

    private void dispatch(long specialist, String county, int year) {
        db.store().write(repos -> {
            AssignmentEntity assignment = new AssignmentEntity(NOW);
            assignment.setSpecialistId(specialist);
            assignment.setCountyCode(county);
            assignment.setYear(year);
            assignment.setLevel("CITY");
            return repos.assignments().add(assignment);
        });
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private long recipient(String name, String county) {
        return db.store().write(repos -> {
            RecipientEntity recipient = new RecipientEntity(NOW);
            recipient.set(name, "COOPERATIVE", county, "王社长", "", "", Set.of(), NOW);
            return repos.recipients().add(recipient).getId();
        });
    }

    private ServiceLogDraft draft(LocalDate start, LocalDate end, String days) {
        return new ServiceLogDraft(li, "wuzhi", List.of(wuzhiRecipient), start, end, new BigDecimal(days),
                LogKind.TECHNICAL_GUIDANCE, "指导怀山药起垄栽培", Map.of("farmersTrained", new BigDecimal("35")));
    }

    private long logs() {
        return db.count("SELECT COUNT(*) FROM service_log");
    }

    @Test
    void R_SVC_1_aSpecialistWritesADraftOfTheirOwnService() {
        ServiceLog log = service.create(self, draft(MAY_4, null, "1"));

        assertEquals(LogStatus.DRAFT, log.status());
        assertEquals(MAY_4, log.endDate(), "a one-day log ends when it starts");
        assertEquals(new BigDecimal("1.0"), log.fieldDays());
        assertEquals(List.of(wuzhiRecipient), log.recipientIds());
        assertEquals(new BigDecimal("35"), log.outcomes().get("farmersTrained").stripTrailingZeros());
        assertEquals("李振华", log.specialistName());
    }

    @Test
    void someoneElsesLogsAreRefused() {
        Actor other = new Actor("zhang", Set.of(Actor.ROLE_SPECIALIST, "specialist:" + zhang));

        ForbiddenException e = assertThrows(ForbiddenException.class, () -> service.create(other, draft(MAY_4, null, "1")));
        assertThrows(ForbiddenException.class, () -> service.create(WUZHI, draft(MAY_4, null, "1")));

        assertEquals("specialist:" + li, e.missingScope());
        assertEquals(0, logs());
    }

    @Test
    void futureDatesMoreFieldDaysThanCalendarDaysAndNonHalfDaysAreRefused() {
        ValidationException future = assertThrows(ValidationException.class,
                () -> service.create(self, draft(LocalDate.of(2026, 6, 16), null, "1")));
        ValidationException tooMany = assertThrows(ValidationException.class,
                () -> service.create(self, draft(MAY_4, MAY_4.plusDays(1), "2.5")));
        ValidationException quarter = assertThrows(ValidationException.class,
                () -> service.create(self, draft(MAY_4, null, "0.25")));
        ValidationException backwards = assertThrows(ValidationException.class,
                () -> service.create(self, draft(MAY_4, MAY_4.minusDays(1), "1")));

        assertEquals("startDate", future.errors().get(0).field());
        assertEquals("fieldDays", tooMany.errors().get(0).field());
        assertEquals("fieldDays", quarter.errors().get(0).field());
        assertEquals("endDate", backwards.errors().get(0).field());
        assertEquals(0, logs());
    }

    @Test
    void R_SVC_1_halfDaysOnOneDayAddUpButTwoPlacesOnOneDayDoNot() {
        service.create(self, draft(MAY_4, null, "0.5"));
        service.create(self, draft(MAY_4, null, "0.5"));

        ValidationException third = assertThrows(ValidationException.class,
                () -> service.create(self, draft(MAY_4, null, "0.5")));
        ValidationException spanning = assertThrows(ValidationException.class,
                () -> service.create(self, draft(MAY_4.minusDays(2), MAY_4, "3")));
        ServiceLog around = service.create(self, draft(MAY_4.minusDays(2), MAY_4.minusDays(1), "2"));

        assertEquals("startDate", third.errors().get(0).field());
        assertTrue(third.errors().get(0).message().contains("2026-05-04"), third.getMessage());
        assertEquals("startDate", spanning.errors().get(0).field());
        assertNotNull(around);
        assertEquals(3, logs());
    }

    @Test
    void aThreeDayRangeWithOneAndAHalfFieldDaysLeavesRoomForAnotherHalfDayEachDay() {
        service.create(self, draft(MAY_4, MAY_4.plusDays(2), "1.5"));
        service.create(self, draft(MAY_4.plusDays(1), null, "0.5"));

        assertThrows(ValidationException.class, () -> service.create(self, draft(MAY_4.plusDays(1), null, "0.5")));
        assertEquals(2, logs());
    }

    /** R-SVC-1: a log covers at most 366 days, so the overlap check reads back no further than that (issue 17). */
    @Test
    void R_SVC_1_aLogOfTheLongestLengthEndingOnTheNewLogsStartStillOverlapsIt() {
        service.create(self, draft(MAY_4.minusDays(LogRules.MAX_DAYS - 1), MAY_4, "366"));

        ValidationException same = assertThrows(ValidationException.class,
                () -> service.create(self, draft(MAY_4, null, "0.5")));

        assertTrue(same.errors().get(0).message().contains("2026-05-04"), same.getMessage());
        assertEquals(1, logs());
    }

    @Test
    void R_SVC_1_aLogOfTheLongestLengthEndingTheDayBeforeDoesNotOverlap() {
        service.create(self, draft(MAY_4.minusDays(LogRules.MAX_DAYS), MAY_4.minusDays(1), "366"));

        assertNotNull(service.create(self, draft(MAY_4, null, "1")));
        assertThrows(ValidationException.class, () -> service.create(self, draft(MAY_4.minusDays(1), null, "0.5")));
        assertEquals(2, logs());
    }

    /** Issue 17: the overlap check's query bounds the start dates from below, so an index range serves it. */
    @Test
    void theOverlapCheckReadsOnlyLogsThatCanReachTheNewOne() {
        List<String> sql = db.statements().sqlDuring(() -> service.create(self, draft(MAY_4, null, "1")));

        assertTrue(sql.stream().map(String::toUpperCase).anyMatch(s -> s.matches(
                "SELECT .* FROM SERVICE_LOG WHERE .*SPECIALIST_ID.*START_DATE >= \\?.*START_DATE <= \\?.*")),
                String.join("\n", sql));
    }

    /**
     * Issue 17: writing a log sends as many statements whatever the specialist's history, including logs that share
     * its days (read as a few columns, not as entities whose collections load one by one).
     */
    @Test
    void writingALogCostsTheSameStatementsWhateverTheSpecialistsHistory() {
        long none = statementsOfAWrite(MAY_4);
        db.store().write(repos -> {
            for (int i = 1; i <= 40; i++) {
                ServiceLogEntity old = new ServiceLogEntity(li, NOW);
                LocalDate day = MAY_4.minusDays(20L * i);
                old.setContent("wuzhi", Set.of(wuzhiRecipient), day, day.plusDays(9), new BigDecimal("5.0"),
                        "TECHNICAL_GUIDANCE", "田间指导", Map.of("farmersTrained", BigDecimal.TEN));
                old.setStatus("CONFIRMED");
                repos.logs().add(old);
                ServiceLogEntity around = new ServiceLogEntity(li, NOW);
                LocalDate from = MAY_4.plusDays(1).minusDays(i);
                around.setContent("wuzhi", Set.of(wuzhiRecipient), from, from.plusDays(39), new BigDecimal("0.5"),
                        "TECHNICAL_GUIDANCE", "田间指导", Map.of("farmersTrained", BigDecimal.TEN));
                around.setStatus("CONFIRMED");
                repos.logs().add(around);
            }
            return null;
        });

        long many = statementsOfAWrite(MAY_4.plusDays(1));

        assertEquals(none, many, "statements of a log write with no history vs 80 logs, 40 of them on its day");
    }

    /** Issue 17: a log's recipients are looked up in one query, not one each. */
    @Test
    void aLogsRecipientsAreReadInOneQuery() {
        List<Long> three = List.of(wuzhiRecipient, recipient("武陟县西陶镇家庭农场", "wuzhi"),
                recipient("武陟县龙源镇种植大户", "wuzhi"));
        ServiceLogDraft draft = new ServiceLogDraft(li, "wuzhi", three, MAY_4, null, BigDecimal.ONE,
                LogKind.TECHNICAL_GUIDANCE, "指导怀山药起垄栽培", Map.of());
        db.coldCache();

        List<String> sql = db.statements().sqlDuring(() -> service.create(self, draft));

        assertEquals(1, sql.stream().filter(s -> s.toUpperCase().matches("SELECT .* FROM RECIPIENT .*")).count(),
                String.join("\n", sql));
    }

    /**
     * Statements one log write sends on a cold cache, but for the fetch of a block of ids from a sequence: that comes
     * once per block, whenever the test run's earlier writes used up the last one.
     */
    private long statementsOfAWrite(LocalDate day) {
        db.coldCache();
        return db.statements().sqlDuring(() -> service.create(self, draft(day, null, "0.5"))).stream()
                .map(String::toUpperCase).filter(s -> !s.contains("NEXT VALUE FOR") && !s.contains("NEXTVAL("))
                .count();
    }

    @Test
    void recipientsMustBeOfTheLogsCountyAndIndicatorsConfigured() {
        ServiceLogDraft elsewhere = new ServiceLogDraft(li, "wuzhi", List.of(xiuwuRecipient), MAY_4, null,
                BigDecimal.ONE, LogKind.OTHER, "x", Map.of());
        ServiceLogDraft unknownIndicator = new ServiceLogDraft(li, "wuzhi", List.of(), MAY_4, null, BigDecimal.ONE,
                LogKind.OTHER, "x", Map.of("likes", BigDecimal.TEN));

        ValidationException e = assertThrows(ValidationException.class, () -> service.create(self, elsewhere));
        ValidationException f = assertThrows(ValidationException.class, () -> service.create(self, unknownIndicator));

        assertEquals("recipientIds[0]", e.errors().get(0).field());
        assertEquals("outcomes.likes", f.errors().get(0).field());
    }

    /** Issue 19: a log may name the leading industry it served, one of its county's own (R-GOAL-1). */
    @Test
    void R_GOAL_1_aLogNamesOneOfItsCountysLeadingIndustriesOrIsRefused() {
        ServiceLogDraft yam = new ServiceLogDraft(li, "wuzhi", List.of(), MAY_4, null, BigDecimal.ONE,
                LogKind.TECHNICAL_GUIDANCE, "怀山药病害防治", Map.of(), " 四大怀药 ");
        ServiceLogDraft tourism = new ServiceLogDraft(li, "wuzhi", List.of(), MAY_4.plusDays(1), null,
                BigDecimal.ONE, LogKind.TECHNICAL_GUIDANCE, "民宿", Map.of(), "乡村旅游");

        ServiceLog named = service.create(self, yam);
        ValidationException refused = assertThrows(ValidationException.class, () -> service.create(self, tourism));

        assertEquals("四大怀药", named.industry());
        assertEquals("industry", refused.errors().get(0).field());
        assertTrue(refused.errors().get(0).message().contains("R-GOAL-1"), refused.errors().get(0).message());
        assertTrue(refused.errors().get(0).message().contains("四大怀药"), "names the county's list");
        assertEquals(1, logs());
        assertEquals(null, service.create(self, draft(MAY_4.plusDays(2), null, "1")).industry());
    }

    @Test
    void R_SVC_3_lifecycleAcrossRolesSubmitReturnResubmitConfirm() {
        ServiceLog log = service.create(self, draft(MAY_4, null, "1"));
        assertThrows(ConflictException.class, () -> service.confirm(WUZHI, log.id(), log.version(), 5, "", null));
        ServiceLog submitted = service.submit(self, log.id(), log.version());

        assertThrows(ForbiddenException.class, () -> service.confirm(XIUWU, submitted.id(), submitted.version(), 5, "", null));
        assertThrows(ForbiddenException.class, () -> service.confirm(self, submitted.id(), submitted.version(), 5, "", null));
        assertThrows(ValidationException.class,
                () -> service.returnForChanges(WUZHI, submitted.id(), submitted.version(), " "));
        ServiceLog returned = service.returnForChanges(WUZHI, submitted.id(), submitted.version(), "请补充培训人数");
        assertEquals(LogStatus.RETURNED, returned.status());
        assertEquals("请补充培训人数", returned.comment());

        ServiceLog changed = service.update(self, returned.id(), returned.version(), draft(MAY_4, null, "1"));
        ServiceLog resubmitted = service.submit(self, changed.id(), changed.version());
        assertThrows(ValidationException.class, () -> service.confirm(WUZHI, resubmitted.id(), resubmitted.version(), 6, "", null));
        ServiceLog confirmed = service.confirm(WUZHI, resubmitted.id(), resubmitted.version(), 5, "技术实用，效果好", null);

        assertEquals(LogStatus.CONFIRMED, confirmed.status());
        assertEquals(5, confirmed.satisfaction());
        assertEquals("wuzhi-kjj", confirmed.confirmedBy());
        assertEquals(NOW, confirmed.confirmedAt());
        assertEquals("", confirmed.comment());
        assertThrows(ConflictException.class, () -> service.update(self, confirmed.id(), confirmed.version(),
                draft(MAY_4, null, "0.5")));
        assertThrows(ConflictException.class, () -> service.delete(self, confirmed.id(), confirmed.version()));
    }

    @Test
    void aConfirmedLogIsCorrectedOnlyWithAReasonAndTheAuditKeepsBothVersions() {
        ServiceLog log = service.create(self, draft(MAY_4, null, "1"));
        log = service.submit(self, log.id(), log.version());
        ServiceLog confirmed = service.confirm(WUZHI, log.id(), log.version(), 4, "", null);

        assertThrows(ValidationException.class, () -> service.correct(WUZHI, confirmed.id(), confirmed.version(),
                draft(MAY_4, null, "0.5"), " "));
        assertThrows(ForbiddenException.class, () -> service.correct(self, confirmed.id(), confirmed.version(),
                draft(MAY_4, null, "0.5"), "记错了"));
        ServiceLog corrected = service.correct(WUZHI, confirmed.id(), confirmed.version(), draft(MAY_4, null, "0.5"),
                "下午未到现场，按半天计");

        assertEquals(LogStatus.CONFIRMED, corrected.status());
        assertEquals(new BigDecimal("0.5"), corrected.fieldDays());
        assertEquals("下午未到现场，按半天计", corrected.correctionReason());
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'ServiceLog' AND action = 'correct'"
                + " AND reason = '下午未到现场，按半天计' AND changes LIKE '%1.0%' AND changes LIKE '%0.5%'"));
    }

    private ServiceLog submitted(ServiceLogDraft draft) {
        ServiceLog log = service.create(self, draft);
        return service.submit(self, log.id(), log.version());
    }

    private ServiceLogDraft inXiuwu(LocalDate day) {
        return new ServiceLogDraft(li, "xiuwu", List.of(xiuwuRecipient), day, null, BigDecimal.ONE,
                LogKind.TECHNICAL_GUIDANCE, "民宿经营指导", Map.of());
    }

    @Test
    void R_SVC_1_R_REC_3_serviceWhereTheSpecialistWasNotSentCountsOnlyWithTheCountysReason() {
        ServiceLog undispatched = submitted(inXiuwu(MAY_4));

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> service.confirm(XIUWU, undispatched.id(), undispatched.version(), 5, "", null));
        assertEquals("R-SVC-1", refused.ruleId());
        assertEquals("outsideDispatchReason", refused.errors().get(0).field());
        assertEquals(LogStatus.SUBMITTED, service.get(CITY, undispatched.id()).status());

        ServiceLog confirmed = service.confirm(XIUWU, undispatched.id(), undispatched.version(), 5, "",
                " 按四大怀药服务团与修武县协议服务 ");
        assertEquals(LogStatus.CONFIRMED, confirmed.status());
        assertEquals("按四大怀药服务团与修武县协议服务", confirmed.outsideDispatchReason());
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'ServiceLog' AND action = 'confirm'"
                + " AND reason = '按四大怀药服务团与修武县协议服务'"));
    }

    @Test
    void R_SVC_1_aDispatchOfAnotherYearDoesNotCoverTheLog() {
        ServiceLog lastYear = submitted(draft(LocalDate.of(2025, 11, 3), null, "1"));

        assertThrows(RuleViolationException.class,
                () -> service.confirm(WUZHI, lastYear.id(), lastYear.version(), null, "", null));
        ServiceLog acrossNewYear = submitted(draft(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1), "2"));
        assertThrows(RuleViolationException.class,
                () -> service.confirm(WUZHI, acrossNewYear.id(), acrossNewYear.version(), null, "", null),
                "the log's first day lies in a year without a dispatch");
    }

    @Test
    void R_SVC_1_aReasonForServiceWithinTheDispatchIsRefused() {
        ServiceLog dispatched = submitted(draft(MAY_4, null, "1"));

        ValidationException e = assertThrows(ValidationException.class,
                () -> service.confirm(WUZHI, dispatched.id(), dispatched.version(), null, "", "团队协议"));

        assertEquals("outsideDispatchReason", e.errors().get(0).field());
    }

    @Test
    void R_SVC_1_aCorrectionKeepsTheReasonInItsCountyAndCannotMoveALogOutsideTheDispatchWithoutOne() {
        ServiceLog dispatched = submitted(draft(MAY_4, null, "1"));
        ServiceLog confirmed = service.confirm(WUZHI, dispatched.id(), dispatched.version(), null, "", null);

        assertThrows(RuleViolationException.class, () -> service.correct(CITY, confirmed.id(), confirmed.version(),
                inXiuwu(MAY_4), "记错了县"));

        ServiceLog excused = submitted(inXiuwu(MAY_4.plusDays(1)));
        ServiceLog excusedConfirmed = service.confirm(XIUWU, excused.id(), excused.version(), null, "", "团队协议");
        ServiceLog corrected = service.correct(XIUWU, excusedConfirmed.id(), excusedConfirmed.version(),
                new ServiceLogDraft(li, "xiuwu", List.of(), MAY_4.plusDays(1), null, new BigDecimal("0.5"),
                        LogKind.TECHNICAL_GUIDANCE, "民宿经营指导", Map.of()), "半天");
        assertEquals("团队协议", corrected.outsideDispatchReason());
        ServiceLog movedHome = service.correct(CITY, corrected.id(), corrected.version(), draft(MAY_4.plusDays(1),
                null, "0.5"), "实为武陟县");
        assertEquals("", movedHome.outsideDispatchReason(), "the reason was 修武县's");
    }

    @Test
    void draftsAreDeletedButSubmittedLogsAreKept() {
        ServiceLog draft = service.create(self, draft(MAY_4, null, "1"));
        ServiceLog other = service.create(self, draft(MAY_4.minusDays(1), null, "1"));
        ServiceLog submitted = service.submit(self, other.id(), other.version());

        service.delete(self, draft.id(), draft.version());
        assertThrows(ConflictException.class, () -> service.delete(self, submitted.id(), submitted.version()));
        assertThrows(ConflictException.class, () -> service.submit(self, submitted.id(), submitted.version() - 1));

        assertEquals(1, logs());
    }

    @Test
    void searchFiltersByStatusCountyAndDates() {
        ServiceLog may = service.create(self, draft(MAY_4, null, "1"));
        service.submit(self, may.id(), may.version());
        service.create(CITY, draft(MAY_4.minusMonths(1), null, "1"));

        assertEquals(1, service.search(CITY, new LogFilter(li, "wuzhi", null, null, LogStatus.SUBMITTED, null, null),
                PageRequest.first()).total());
        assertEquals(1, service.search(CITY, new LogFilter(null, null, "hpu", wuzhiRecipient, null, MAY_4, MAY_4),
                PageRequest.first()).total());
        assertEquals(2, service.search(CITY, LogFilter.ALL, PageRequest.first()).total());
    }

    @Test
    void aCountyReadsTheLogsServedInItAndASpecialistTheirOwn() {
        long id = service.create(self, draft(MAY_4, null, "1")).id();
        assertEquals(id, service.get(WUZHI, id).id());
        assertEquals(id, service.get(self, id).id());
        assertEquals("county:wuzhi", assertThrows(ForbiddenException.class, () -> service.get(XIUWU, id))
                .missingScope());
        Actor other = new Actor("zhang", Set.of(Actor.ROLE_SPECIALIST, "specialist:" + zhang));

        assertEquals(1, service.search(WUZHI, LogFilter.ALL, PageRequest.first()).total());
        assertEquals(0, service.search(XIUWU, LogFilter.ALL, PageRequest.first()).total());
        assertThrows(ForbiddenException.class, () -> service.search(XIUWU,
                new LogFilter(null, "wuzhi", null, null, null, null, null), PageRequest.first()));
        assertEquals(1, service.search(self, LogFilter.ALL, PageRequest.first()).total());
        assertEquals(0, service.search(other, LogFilter.ALL, PageRequest.first()).total());
        assertThrows(ForbiddenException.class, () -> service.search(other,
                new LogFilter(li, null, null, null, null, null, null), PageRequest.first()));
    }
}
