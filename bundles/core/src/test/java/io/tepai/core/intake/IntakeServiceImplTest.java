package io.tepai.core.intake;

import static io.tepai.core.testing.FieldActors.HPU;
import static io.tepai.core.testing.FieldActors.JZU;
import static io.tepai.core.testing.Organisation.CITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.ForbiddenException;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.intake.CandidateDecision;
import io.tepai.api.intake.HistoryEntry;
import io.tepai.api.intake.Intake;
import io.tepai.api.intake.IntakeDraft;
import io.tepai.api.intake.IntakeStatus;
import io.tepai.api.intake.Objection;
import io.tepai.api.intake.ObjectionDraft;
import io.tepai.api.intake.ObjectionStatus;
import io.tepai.api.intake.PublicNotice;
import io.tepai.api.intake.Registration;
import io.tepai.api.intake.RegistrationDraft;
import io.tepai.api.intake.RegistrationStatus;
import io.tepai.api.intake.StepDraft;
import io.tepai.api.intake.StepKind;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.api.specialist.Term;
import io.tepai.api.specialist.TermSource;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.pdf.PdfText;
import io.tepai.core.specialist.SpecialistServiceImpl;
import io.tepai.core.specialist.TermServiceImpl;
import io.tepai.core.testing.Drafts;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.TestStore;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A candidate walked through R-REC-1 and R-REC-2, and every step refused when taken out of order. */
class IntakeServiceImplTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 9, 10);
    /** Monday 09-28: 28, 29, 30, then National Day 10-01..10-07 (a weekend inside), 10-08, 10-09: ends Friday 10-09. */
    private static final LocalDate NOTICE_START = LocalDate.of(2026, 9, 28);

    private TestStore db;
    private IntakeServiceImpl service;
    private SpecialistServiceImpl specialists;
    private long zhang;
    private long li;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        MutableClock clock = new MutableClock(Instant.parse("2026-12-05T02:00:00Z"));
        ProgrammeCalendarService calendar = new ProgrammeCalendarService(clock,
                Map.of("holidays", "2026-10-01..2026-10-07", "workingDays", "2026-10-10"));
        service = new IntakeServiceImpl(db.store(), calendar, clock);
        Organisation.units(db.store());
        specialists = new SpecialistServiceImpl(db.store(), Organisation.builtInTiers());
        zhang = specialists.create(HPU, Drafts.specialist().name("张怀山").build()).id();
        li = specialists.create(HPU, Drafts.specialist().name("李冬凌").build()).id();
        // two published 温县 demands both candidates made contact on (R-DEM-2), as h-demand's service records them
        for (long demand : List.of(3L, 7L)) {
            db.execute("INSERT INTO demand (id, county_code, programme_year, recipient_name, industry, need, "
                    + "contact_name, contact_phone, status, recorded_by, recorded_at, sample, version) VALUES ("
                    + demand + ", 'wenxian', 2026, '温县铁棍山药合作社', '怀山药', '山药连作障碍防治', '赵社长', "
                    + "'13800000000', 'PUBLISHED', 'wenxian-kjj', CURRENT_TIMESTAMP, false, 1)");
            for (long specialist : List.of(zhang, li)) {
                db.execute("INSERT INTO demand_match (demand_id, specialist_id, contacted_on, note, recorded_by, "
                        + "recorded_at, sample, version) VALUES (" + demand + ", " + specialist + ", '2026-09-01', "
                        + "'电话联系', 'hpu', CURRENT_TIMESTAMP, false, 1)");
            }
        }
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Intake open() {
        return service.open(CITY, new IntakeDraft(2027, "2027年焦作市科技特派员选聘", DEADLINE));
    }

    private Registration register(long intake, long specialist) {
        return service.register(HPU, intake, new RegistrationDraft(specialist, List.of(7L, 3L), "河南理工大学科技处 王处长",
                LocalDate.of(2026, 9, 8)));
    }

    private static StepDraft step(StepKind kind, LocalDate on, CandidateDecision... decisions) {
        return new StepDraft(kind, on, "专家组：刘教授、陈研究员", "通过", "材料齐全，服务经历符合要求", List.of(decisions));
    }

    private static CandidateDecision pass(long registration, String score) {
        return new CandidateDecision(registration, true, new BigDecimal(score), "");
    }

    private long version(long intake) {
        return service.get(intake).version();
    }

    @Test
    void R_REC_2_aCandidateGoesFromRegistrationThroughEveryStepToAppointmentWithATerm() {
        long intake = open().id();
        Registration zhangForm = register(intake, zhang);
        Registration liForm = register(intake, li);
        assertEquals(List.of(3L, 7L), zhangForm.demandIds());
        assertEquals("河南理工大学科技处 王处长", zhangForm.confirmedBy());

        service.recordStep(CITY, intake, version(intake), step(StepKind.REVIEW, LocalDate.of(2026, 9, 14),
                pass(zhangForm.id(), "88.5"), new CandidateDecision(liForm.id(), false, null, "无服务经历证明")));
        service.recordStep(CITY, intake, version(intake), step(StepKind.MEETING, LocalDate.of(2026, 9, 16)));
        service.recordStep(CITY, intake, version(intake), step(StepKind.CONSULTATION, LocalDate.of(2026, 9, 18)));
        Intake noticed = service.startNotice(CITY, intake, version(intake), NOTICE_START, null);
        assertEquals(LocalDate.of(2026, 10, 9), noticed.noticeEnd());
        assertEquals(5, noticed.noticeWorkingDays());

        PublicNotice notice = service.notice(intake);
        assertEquals(List.of("张怀山"), notice.candidates().stream().map(c -> c.name()).toList());
        assertTrue(notice.ended());

        Objection objection = service.raiseObjection(CITY, intake, new ObjectionDraft(zhangForm.id(),
                LocalDate.of(2026, 9, 30), "匿名", "反映其兼职过多"));
        assertEquals(1, service.notice(intake).openObjections());
        RuleViolationException blocked = assertThrows(RuleViolationException.class,
                () -> service.appoint(CITY, intake, version(intake), LocalDate.of(2026, 10, 12), null, null));
        assertEquals("R-REC-2", blocked.ruleId());
        assertEquals("objections", blocked.errors().get(0).field());
        Objection dismissed = service.resolveObjection(CITY, objection.id(), objection.version(),
                ObjectionStatus.DISMISSED, "经核实，兼职经单位批准");
        assertEquals(ObjectionStatus.DISMISSED, dismissed.status());

        Intake appointed = service.appoint(CITY, intake, version(intake), LocalDate.of(2026, 10, 12), null, null);
        assertEquals(IntakeStatus.APPOINTED, appointed.status());
        assertEquals(SpecialistStatus.ACTIVE, specialists.get(zhang).status());
        assertEquals(SpecialistStatus.CANDIDATE, specialists.get(li).status());
        List<Term> terms = new TermServiceImpl(db.store()).history(zhang);
        assertEquals(1, terms.size());
        assertEquals(TermSource.APPOINTMENT, terms.get(0).source());
        assertEquals(LocalDate.of(2027, 1, 1), terms.get(0).start());
        assertEquals(LocalDate.of(2027, 12, 31), terms.get(0).end());
        assertEquals(List.of(zhang), service.appointees(intake, PageRequest.first()).items().stream()
                .map(a -> a.specialistId()).toList());

        List<String> events = service.history(HPU, zhangForm.id()).stream().map(HistoryEntry::event).toList();
        assertEquals(List.of("REGISTERED", "REVIEW", "MEETING", "CONSULTATION", "NOTICE", "OBJECTION",
                "APPOINTED", "OBJECTION_DISMISSED"), events);
        List<HistoryEntry> liHistory = service.history(CITY, liForm.id());
        assertEquals("dropped", liHistory.get(1).outcome());
        assertEquals(2, liHistory.size());
        assertEquals(RegistrationStatus.DROPPED, service.registrations(CITY, intake, null, null, PageRequest.first())
                .items().get(1).status());
        assertTrue(db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Specialist' AND action = 'appoint'") == 1);
    }

    @Test
    void R_REC_2_everyStepTakenOutOfOrderIsRefusedNamingTheRule() {
        long intake = open().id();
        Registration form = register(intake, zhang);
        assertRefused("R-REC-2", () -> service.recordStep(CITY, intake, version(intake),
                step(StepKind.MEETING, LocalDate.of(2026, 9, 16))));
        assertRefused("R-REC-2", () -> service.startNotice(CITY, intake, version(intake), NOTICE_START, null));
        assertRefused("R-REC-2", () -> service.raiseObjection(CITY, intake, new ObjectionDraft(form.id(),
                NOTICE_START, "匿名", "异议")));
        assertRefused("R-REC-2", () -> service.appoint(CITY, intake, version(intake), LocalDate.of(2026, 11, 1),
                null, null));
        // the review is held after the deadline and decides on every candidate
        assertRefused("R-REC-2", () -> service.recordStep(CITY, intake, version(intake),
                step(StepKind.REVIEW, DEADLINE, pass(form.id(), "90"))));
        assertRefused("R-REC-2", () -> service.recordStep(CITY, intake, version(intake),
                step(StepKind.REVIEW, LocalDate.of(2026, 9, 14))));
        service.recordStep(CITY, intake, version(intake), step(StepKind.REVIEW, LocalDate.of(2026, 9, 14),
                pass(form.id(), "90")));
        assertRefused("R-REC-1", () -> register(intake, li));
        assertRefused("R-REC-2", () -> service.recordStep(CITY, intake, version(intake),
                step(StepKind.REVIEW, LocalDate.of(2026, 9, 15), pass(form.id(), "90"))));
        assertRefused("R-REC-2", () -> service.recordStep(CITY, intake, version(intake),
                step(StepKind.MEETING, LocalDate.of(2026, 9, 13))));
        service.recordStep(CITY, intake, version(intake), step(StepKind.MEETING, LocalDate.of(2026, 9, 16)));
        service.recordStep(CITY, intake, version(intake), step(StepKind.CONSULTATION, LocalDate.of(2026, 9, 18)));
        assertRefused("R-REC-2", () -> service.startNotice(CITY, intake, version(intake), LocalDate.of(2026, 9, 17),
                null));
        service.startNotice(CITY, intake, version(intake), NOTICE_START, null);
        assertRefused("R-REC-2", () -> service.raiseObjection(CITY, intake, new ObjectionDraft(form.id(),
                LocalDate.of(2026, 10, 10), "匿名", "公示期后提出")));
        assertRefused("R-REC-2", () -> service.appoint(CITY, intake, version(intake), LocalDate.of(2026, 10, 9),
                null, null));
        Objection upheld = service.raiseObjection(CITY, intake, new ObjectionDraft(form.id(), LocalDate.of(2026, 10, 8),
                "某合作社", "未实际到岗服务"));
        service.resolveObjection(CITY, upheld.id(), upheld.version(), ObjectionStatus.UPHELD, "核实属实");
        assertRefused("R-REC-2", () -> service.resolveObjection(CITY, upheld.id(), upheld.version() + 1,
                ObjectionStatus.DISMISSED, "再议"));
        service.appoint(CITY, intake, version(intake), LocalDate.of(2026, 10, 12), null, null);
        assertEquals(SpecialistStatus.CANDIDATE, specialists.get(zhang).status(), "an upheld objection drops them");
        assertEquals(0, service.appointees(intake, PageRequest.first()).total());
        assertRefused("R-REC-2", () -> service.appoint(CITY, intake, version(intake), LocalDate.of(2026, 10, 13),
                null, null));
    }

    @Test
    void R_REC_1_aUnitRegistersOnlyItsOwnCandidatesStampedByTheDeadline() {
        long intake = open().id();
        assertThrows(ForbiddenException.class, () -> service.register(JZU, intake,
                new RegistrationDraft(zhang, List.of(1L), "焦作大学", LocalDate.of(2026, 9, 1))));
        assertRefused("R-REC-1", () -> service.register(HPU, intake,
                new RegistrationDraft(zhang, List.of(1L), "河南理工大学", DEADLINE.plusDays(1))));
        register(intake, zhang);
        assertRefused("R-REC-1", () -> register(intake, zhang));
        assertRefused("R-REC-1", () -> service.register(HPU, intake,
                new RegistrationDraft(li, List.of(3L, 99L), "河南理工大学", LocalDate.of(2026, 9, 1))));
        assertEquals(1, service.registrations(HPU, intake, null, null, PageRequest.first()).total());
        assertEquals(0, service.registrations(JZU, intake, null, null, PageRequest.first()).total());
        assertThrows(ForbiddenException.class, () -> service.open(HPU, new IntakeDraft(2027, "x", DEADLINE)));
        assertFalse(service.notices(2027).iterator().hasNext());
    }

    /** R-REC-1: the printed form is scoped as its CSV: a unit prints its own, the city its summary. */
    @Test
    void R_REC_1_theRegistrationFormPrintsAUnitsOwnOrTheCitysSummary() {
        long intake = open().id();
        register(intake, zhang);
        String title = service.get(intake).title();
        String unitForm = new String(service.registrationForm(HPU, intake, null), StandardCharsets.ISO_8859_1);
        assertTrue(unitForm.startsWith("%PDF-"));
        // the test store names unit hpu "hpu大学"
        assertTrue(unitForm.contains(PdfText.hex(title + " 报名统计表（hpu大学）")), unitForm);
        assertTrue(unitForm.contains("/Count 1 "), unitForm);
        String summary = new String(service.registrationForm(CITY, intake, null), StandardCharsets.ISO_8859_1);
        assertTrue(summary.contains(PdfText.hex(title + " 报名统计表（全市汇总）")), summary);
        assertTrue(summary.contains(PdfText.hex("hpu大学")), summary);
        assertThrows(ForbiddenException.class, () -> service.registrationForm(JZU, intake, "hpu"));
    }

    private static void assertRefused(String rule, Runnable step) {
        assertEquals(rule, assertThrows(RuleViolationException.class, step::run).ruleId());
    }
}
