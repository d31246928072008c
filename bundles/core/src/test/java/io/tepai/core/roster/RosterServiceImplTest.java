package io.tepai.core.roster;

import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.WUZHI;
import static io.tepai.core.testing.Organisation.XIUWU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.ConflictException;
import io.tepai.api.ForbiddenException;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.dispatch.AssignmentDraft;
import io.tepai.api.dispatch.Coverage;
import io.tepai.api.field.LogKind;
import io.tepai.api.field.ServiceLogDraft;
import io.tepai.api.roster.CountyNeed;
import io.tepai.api.roster.CountyRequestDraft;
import io.tepai.api.roster.Roster;
import io.tepai.api.roster.RosterEntry;
import io.tepai.api.roster.RosterEntryFilter;
import io.tepai.api.roster.RosterOutcome;
import io.tepai.api.roster.RosterStatus;
import io.tepai.api.roster.SpecialistWish;
import io.tepai.api.roster.Wish;
import io.tepai.api.roster.WishDraft;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.dispatch.AssignmentServiceImpl;
import io.tepai.core.dispatch.CoverageServiceImpl;
import io.tepai.core.field.ServiceLogServiceImpl;
import io.tepai.core.testing.FieldActors;
import io.tepai.core.testing.Modules;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.TestStore;
import io.tepai.store.entity.AssignmentEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The roster of 2027, prepared in November 2026 from 武陟县's published round of 2026 and the inputs: 优秀 (priority),
 * 合格 whom 武陟县 keeps (review), 不合格 (exit), one not evaluated who wishes to leave (exit), one 良好 whom 修武县
 * releases (review), and one not evaluated whom 修武县 releases (exit).
 */
class RosterServiceImplTest {

    private static final Instant NOV_20 = Instant.parse("2026-11-20T02:00:00Z");
    private static final int YEAR = 2027;

    private TestStore db;
    private RosterServiceImpl roster;
    private RosterInputServiceImpl inputs;
    private ProgrammeCalendar calendar;
    private MutableClock clock;
    private long excellent;
    private long kept;
    private long failed;
    private long leaving;
    private long released;
    private long unneeded;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        Organisation.units(db.store());
        Organisation.Specialists specialists = new Organisation.Specialists(db.store(), Organisation.builtInTiers());
        excellent = specialists.active("张优秀");
        kept = specialists.active("李合格");
        failed = specialists.active("王不合格");
        leaving = specialists.active("赵想走");
        released = specialists.active("钱良好");
        unneeded = specialists.active("孙不需要");
        for (long id : List.of(excellent, kept, failed, leaving, released)) {
            assign(id, "wuzhi", 2026);
        }
        assign(released, "xiuwu", 2026);
        assign(unneeded, "xiuwu", 2026);
        long round = publishedRound("wuzhi", 2026);
        result(round, excellent, "EXCELLENT", "PRIORITY_RENEWAL");
        result(round, kept, "PASS", "BY_REVIEW");
        result(round, failed, "FAIL", "EXIT");
        result(round, released, "GOOD", "PRIORITY_RENEWAL");
        clock = new MutableClock(NOV_20);
        calendar = ProgrammeCalendarService.calendarYear(clock);
        roster = new RosterServiceImpl(db.store(), calendar, clock);
        inputs = new RosterInputServiceImpl(db.store(), calendar, clock);
    }

    private void assign(long specialist, String county, int year) {
        db.store().write(repos -> {
            AssignmentEntity assignment = new AssignmentEntity(NOV_20);
            assignment.setSpecialistId(specialist);
            assignment.setCountyCode(county);
            assignment.setYear(year);
            assignment.setLevel("CITY");
            assignment.setIndustries(List.of("wuzhi".equals(county) ? "四大怀药" : "怀药"));
            return repos.assignments().add(assignment);
        });
    }

    private long publishedRound(String county, int year) {
        db.execute("INSERT INTO evaluation_round (round_year, subject_kind, county_code, evaluator, status, stale,"
                + " excellent_quota, problems, created_at, created_by, sample, version) VALUES (" + year
                + ", 'SPECIALIST', '" + county + "', '" + county + "', 'PUBLISHED', FALSE, 1, '',"
                + " CURRENT_TIMESTAMP, 'test', FALSE, 3)");
        return db.count("SELECT MAX(id) FROM evaluation_round");
    }

    private void result(long round, long specialist, String grade, String renewal) {
        db.execute("INSERT INTO evaluation_result (round_id, subject_key, subject_name, industries, field_days,"
                + " total_score, rank_no, computed_grade, grade, cap_note, adjust_reason, adjusted_by, renewal, version)"
                + " VALUES (" + round + ", '" + specialist + "', 'x', '', 30, 80, 1, '" + grade + "', '" + grade
                + "', '', '', '', '" + renewal + "', 1)");
    }

    private void recordInputs() {
        inputs.recordWish(FieldActors.specialist(leaving), new WishDraft(YEAR, leaving, Wish.LEAVE, "回单位承担科研任务",
                null));
        inputs.recordWish(FieldActors.HPU, new WishDraft(YEAR, excellent, Wish.STAY, null, null));
        inputs.recordCountyRequest(WUZHI, new CountyRequestDraft(YEAR, null, kept, CountyNeed.KEEP,
                "怀药加工技术仍需指导", null));
        inputs.recordCountyRequest(XIUWU, new CountyRequestDraft(YEAR, null, released, CountyNeed.RELEASE,
                "修武县该产业已有县级团队", null));
        inputs.recordCountyRequest(XIUWU, new CountyRequestDraft(YEAR, null, unneeded, CountyNeed.RELEASE,
                "需求已满足", null));
    }

    private Map<Long, RosterEntry> entries() {
        return roster.entries(CITY, YEAR, RosterEntryFilter.ALL, new PageRequest(1, 200)).items().stream()
                .collect(Collectors.toMap(RosterEntry::specialistId, e -> e));
    }

    @Test
    void R_REC_4_theDraftFollowsThePublishedProposalsTheWishesAndTheCountiesNeeds() {
        recordInputs();

        Roster draft = roster.prepare(CITY, YEAR, null);

        assertEquals(RosterStatus.DRAFT, draft.status());
        assertEquals(6, draft.entries());
        assertEquals(Map.of(RosterOutcome.PRIORITY_RENEWAL, 1L, RosterOutcome.RENEWAL_BY_REVIEW, 2L,
                RosterOutcome.EXIT, 3L), draft.outcomes());
        Map<Long, RosterEntry> entries = entries();
        assertEquals(RosterOutcome.PRIORITY_RENEWAL, entries.get(excellent).outcome());
        assertEquals(List.of("wuzhi 优秀 EXCELLENT → PRIORITY_RENEWAL (round " + db.count("SELECT MAX(id) FROM"
                + " evaluation_round") + ")"), entries.get(excellent).evaluations());
        assertEquals(Wish.STAY, entries.get(excellent).wish());
        assertEquals(RosterOutcome.RENEWAL_BY_REVIEW, entries.get(kept).outcome());
        assertEquals(List.of("wuzhi"), entries.get(kept).keepBy());
        assertEquals(RosterOutcome.EXIT, entries.get(failed).outcome());
        assertEquals(RosterOutcome.EXIT, entries.get(leaving).outcome());
        assertTrue(entries.get(leaving).reasons().contains("R-REC-4: leaves at their own wish"));
        assertEquals(RosterOutcome.RENEWAL_BY_REVIEW, entries.get(released).outcome());
        assertEquals(List.of("wuzhi", "xiuwu"), entries.get(released).servedCounties());
        assertEquals(RosterOutcome.EXIT, entries.get(unneeded).outcome());
        // paged by id, filtered in the database
        assertEquals(3, roster.entries(CITY, YEAR, new RosterEntryFilter(RosterOutcome.EXIT, null, null, null),
                new PageRequest(1, 2)).total());
        assertEquals(1, roster.entries(CITY, YEAR, new RosterEntryFilter(RosterOutcome.EXIT, null, null, null),
                new PageRequest(2, 2)).items().size());
        assertEquals(2, roster.entries(XIUWU, YEAR, RosterEntryFilter.ALL, PageRequest.first()).total(),
                "a county reads the entries of those it had");
        assertEquals(1, roster.entries(FieldActors.specialist(kept), YEAR, RosterEntryFilter.ALL,
                PageRequest.first()).total());
        assertThrows(ForbiddenException.class, () -> roster.entries(XIUWU, YEAR,
                new RosterEntryFilter(null, null, "wuzhi", null), PageRequest.first()));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Roster' AND action = 'create'"));
    }

    @Test
    void R_REC_4_aWishIsRecordedByTheSpecialistOrTheirUnitAndChangedWithItsVersion() {
        SpecialistWish wish = inputs.recordWish(FieldActors.specialist(kept), new WishDraft(YEAR, kept, Wish.STAY,
                "愿意继续服务武陟县", null));

        assertEquals("李合格", wish.specialistName());
        assertThrows(ConflictException.class, () -> inputs.recordWish(FieldActors.HPU, new WishDraft(YEAR, kept,
                Wish.LEAVE, null, null)), "recorded already: send the version");
        assertThrows(ConflictException.class, () -> inputs.recordWish(FieldActors.HPU, new WishDraft(YEAR, kept,
                Wish.LEAVE, null, wish.version() + 1)));
        SpecialistWish changed = inputs.recordWish(FieldActors.HPU, new WishDraft(YEAR, kept, Wish.LEAVE, "调岗",
                wish.version()));
        assertEquals(Wish.LEAVE, changed.wish());
        assertThrows(ForbiddenException.class, () -> inputs.recordWish(FieldActors.JZU, new WishDraft(YEAR, kept,
                Wish.STAY, null, changed.version())));
        assertThrows(ForbiddenException.class, () -> inputs.recordWish(WUZHI, new WishDraft(YEAR, kept,
                Wish.STAY, null, changed.version())));
        assertEquals("year", assertThrows(ValidationException.class, () -> inputs.recordWish(CITY,
                new WishDraft(2030, kept, Wish.STAY, null, null))).errors().get(0).field());
        assertEquals(2, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'RosterWish'"));
        assertEquals(1, inputs.wishes(FieldActors.HPU, YEAR, null, PageRequest.first()).total());
        assertEquals(0, inputs.wishes(FieldActors.JZU, YEAR, null, PageRequest.first()).total());
        assertThrows(ForbiddenException.class, () -> inputs.wishes(WUZHI, YEAR, null, PageRequest.first()));
    }

    @Test
    void R_REC_4_aCountyAsksOnlyAboutTheSpecialistsWhoServedIt() {
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> inputs.recordCountyRequest(
                XIUWU, new CountyRequestDraft(YEAR, null, excellent, CountyNeed.RELEASE, "不需要", null)));
        assertEquals("R-REC-4", refused.ruleId());
        assertThrows(ForbiddenException.class, () -> inputs.recordCountyRequest(XIUWU, new CountyRequestDraft(YEAR,
                "wuzhi", excellent, CountyNeed.RELEASE, "不需要", null)));
        assertEquals("reason", assertThrows(ValidationException.class, () -> inputs.recordCountyRequest(WUZHI,
                new CountyRequestDraft(YEAR, null, excellent, CountyNeed.KEEP, " ", null))).errors().get(0).field());

        inputs.recordCountyRequest(WUZHI, new CountyRequestDraft(YEAR, null, excellent, CountyNeed.KEEP, "继续需要", null));

        assertEquals(1, inputs.countyRequests(WUZHI, YEAR, null, PageRequest.first()).total());
        assertEquals(0, inputs.countyRequests(XIUWU, YEAR, null, PageRequest.first()).total());
        assertEquals("继续需要", inputs.countyRequests(FieldActors.HPU, YEAR, null, PageRequest.first()).items().get(0)
                .reason());
    }

    @Test
    void R_REC_4_theCityOfficeAdjustsAnEntryWithAReasonWhichSurvivesPreparingAgain() {
        Roster draft = roster.prepare(CITY, YEAR, null);
        RosterEntry fail = entries().get(failed);

        assertThrows(ForbiddenException.class, () -> roster.adjust(WUZHI, fail.id(), fail.version(),
                RosterOutcome.RENEWAL_BY_REVIEW, "县里需要"));
        assertEquals("reason", assertThrows(ValidationException.class, () -> roster.adjust(CITY, fail.id(),
                fail.version(), RosterOutcome.RENEWAL_BY_REVIEW, "")).errors().get(0).field());
        RosterEntry adjusted = roster.adjust(CITY, fail.id(), fail.version(), RosterOutcome.RENEWAL_BY_REVIEW,
                "因病缺勤，经局长办公会研究给予一年观察期");
        assertThrows(ConflictException.class, () -> roster.adjust(CITY, fail.id(), fail.version(),
                RosterOutcome.EXIT, "stale"));

        assertEquals(RosterOutcome.EXIT, adjusted.computedOutcome());
        assertEquals(RosterOutcome.RENEWAL_BY_REVIEW, adjusted.outcome());
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'RosterEntry' AND action ="
                + " 'adjust' AND reason = '因病缺勤，经局长办公会研究给予一年观察期'"));
        assertThrows(ConflictException.class, () -> roster.prepare(CITY, YEAR, null), "prepared already");
        Roster again = roster.prepare(CITY, YEAR, draft.version());
        assertEquals(1, again.adjusted());
        assertEquals(RosterOutcome.RENEWAL_BY_REVIEW, entries().get(failed).outcome());
        assertThrows(ForbiddenException.class, () -> roster.prepare(WUZHI, YEAR, again.version()));
    }

    @Test
    void R_REC_4_confirmingRenewsTheTermsOfThoseStayingAndExitsTheOthers() {
        recordInputs();
        Roster draft = roster.prepare(CITY, YEAR, null);

        Roster confirmed = roster.confirm(CITY, YEAR, draft.version());

        assertEquals(RosterStatus.CONFIRMED, confirmed.status());
        assertEquals(3, db.count("SELECT COUNT(*) FROM specialist_term WHERE source = 'RENEWAL' AND start_date ="
                + " '2027-01-01' AND end_date = '2027-12-31'"));
        assertEquals(3, db.count("SELECT COUNT(*) FROM specialist WHERE status = 'EXITED' AND id IN (" + failed + ", "
                + leaving + ", " + unneeded + ")"));
        assertEquals(3, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Specialist' AND action = 'exit'"
                + " AND reason LIKE 'R-REC-4: roster of 2027, EXIT%'"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Roster' AND action = 'confirm'"
                + " AND reason = 'R-REC-4: 3 term(s) renewed for 2027, 3 specialist(s) exited'"));
        // final: nothing changes it any more
        RosterEntry entry = entries().get(kept);
        assertEquals("R-REC-4", assertThrows(RuleViolationException.class, () -> roster.adjust(CITY, entry.id(),
                entry.version(), RosterOutcome.EXIT, "晚了")).ruleId());
        assertThrows(RuleViolationException.class, () -> roster.prepare(CITY, YEAR, confirmed.version()));
        assertThrows(RuleViolationException.class, () -> roster.confirm(CITY, YEAR, confirmed.version()));
        assertThrows(RuleViolationException.class, () -> inputs.recordWish(CITY, new WishDraft(YEAR, kept,
                Wish.LEAVE, null, null)));
    }

    @Test
    void R_REC_4_aRosterBehindTheRegisterIsPreparedAgainBeforeItIsConfirmed() {
        Roster draft = roster.prepare(CITY, YEAR, null);
        new Organisation.Specialists(db.store(), Organisation.builtInTiers()).active("周新聘");

        assertThrows(ConflictException.class, () -> roster.confirm(CITY, YEAR, draft.version()));
        Roster again = roster.prepare(CITY, YEAR, draft.version());
        assertEquals(7, again.entries());
        assertEquals(RosterStatus.CONFIRMED, roster.confirm(CITY, YEAR, again.version()).status());
    }

    @Test
    void R_REC_4_anExitedSpecialistIsNeitherDispatchedNorLogsServiceNorCountedAndTheirHistoryStays() {
        recordInputs();
        roster.confirm(CITY, YEAR, roster.prepare(CITY, YEAR, null).version());
        AssignmentServiceImpl assignments = new AssignmentServiceImpl(db.store(), Organisation.builtInTiers(),
                Modules.acceptingEveryTier());
        ServiceLogServiceImpl logs = new ServiceLogServiceImpl(db.store(), calendar, clock);

        RuleViolationException dispatch = assertThrows(RuleViolationException.class, () -> assignments.create(CITY,
                new AssignmentDraft(failed, "wuzhi", 2026, null, List.of(), List.of(), null)));
        assertEquals("R-REC-4", dispatch.ruleId());
        RuleViolationException log = assertThrows(RuleViolationException.class, () -> logs.create(
                FieldActors.specialist(failed), new ServiceLogDraft(failed, "wuzhi", List.of(),
                        LocalDate.of(2026, 11, 18), null, new BigDecimal("1"), LogKind.TECHNICAL_GUIDANCE, "指导",
                        Map.of())));
        assertEquals("R-REC-4", log.ruleId());
        assertTrue(log.getMessage().contains("王不合格"), log.getMessage());

        CoverageServiceImpl coverageService = new CoverageServiceImpl(db.store(), calendar);
        Coverage coverage = coverageService.coverage(2026);
        // the cells' drill-downs name who the matrix counts (issue 17)
        List<Long> covering = coverage.counties().stream().flatMap(c -> c.industries().stream()
                        .flatMap(i -> coverageService.covering(2026, c.county(), i.industry(), new PageRequest(1, 200))
                                .items().stream()))
                .map(s -> s.specialistId()).distinct().toList();
        assertTrue(covering.contains(excellent), covering.toString());
        assertTrue(covering.stream().noneMatch(List.of(failed, leaving, unneeded)::contains), covering.toString());
        // the history stays: the assignments are still there and readable
        assertEquals(1, assignments.search(new io.tepai.api.dispatch.AssignmentFilter("wuzhi", 2026, failed, null,
                null), PageRequest.first()).total());
    }
}
