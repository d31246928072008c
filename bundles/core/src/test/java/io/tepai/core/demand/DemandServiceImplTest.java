package io.tepai.core.demand;

import static io.tepai.core.testing.FieldActors.AUDITOR;
import static io.tepai.core.testing.FieldActors.HPU;
import static io.tepai.core.testing.FieldActors.JZU;
import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.WUZHI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.demand.Demand;
import io.tepai.api.demand.DemandDraft;
import io.tepai.api.demand.DemandFilter;
import io.tepai.api.demand.DemandMatch;
import io.tepai.api.demand.DemandStatus;
import io.tepai.api.demand.DemandStep;
import io.tepai.api.demand.MatchDraft;
import io.tepai.api.field.LogKind;
import io.tepai.api.field.ServiceLog;
import io.tepai.api.field.ServiceLogDraft;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.field.ServiceLogServiceImpl;
import io.tepai.core.testing.Drafts;
import io.tepai.core.testing.FieldActors;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.Organisation.Specialists;
import io.tepai.core.testing.TestStore;
import io.tepai.store.entity.AssignmentEntity;
import io.tepai.store.entity.RecipientEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Demands: the county's table (R-DEM-1), experts' contacts (R-DEM-2), two-way selection and service (R-REC-3). */
class DemandServiceImplTest {

    /** 2026-06-15 10:00 in China. */
    private static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");
    private static final Actor WENXIAN = Organisation.county("wenxian");

    private TestStore db;
    private MutableClock clock;
    private DemandServiceImpl service;
    private ServiceLogServiceImpl logs;
    private long li;
    private long zhang;
    private long candidate;
    private long recipient;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        Organisation.units(db.store());
        Specialists specialists = new Specialists(db.store(), Organisation.builtInTiers());
        li = specialists.active("李振华");
        zhang = specialists.active("张秀兰");
        candidate = specialists.create(Drafts.specialist().name("王新芳").status(SpecialistStatus.CANDIDATE));
        recipient = db.store().write(repos -> {
            RecipientEntity row = new RecipientEntity(NOW);
            row.set("温县祥云镇怀药专业合作社", "COOPERATIVE", "wenxian", "李建国", "13903910001", "", Set.of(), NOW);
            return repos.recipients().add(row).getId();
        });
        clock = new MutableClock(NOW);
        ProgrammeCalendar calendar = ProgrammeCalendarService.calendarYear(clock);
        logs = new ServiceLogServiceImpl(db.store(), calendar, clock);
        service = new DemandServiceImpl(db.store(), calendar, logs, clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static DemandDraft yam(String county, Long recipientId, String industry) {
        return new DemandDraft(county, null, recipientId, recipientId == null ? "温县番田镇铁棍山药种植大户" : null,
                industry, "铁棍山药连作障碍与根腐病防治，需要土壤改良和轮作方案", "李建国", "13903910001",
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 31));
    }

    private Demand published() {
        Demand demand = service.record(WENXIAN, yam(null, recipient, "四大怀药"));
        service.publish(WENXIAN, null, null);
        return service.get(WENXIAN, demand.id());
    }

    private long assignment(long specialist, String county) {
        return db.store().write(repos -> {
            AssignmentEntity row = new AssignmentEntity(NOW);
            row.setSpecialistId(specialist);
            row.setCountyCode(county);
            row.setYear(2026);
            row.setLevel("CITY");
            return repos.assignments().add(row).getId();
        });
    }

    private static String rule(Executable step) {
        return assertThrows(RuleViolationException.class, step).ruleId();
    }

    private static String field(Executable step) {
        return assertThrows(ValidationException.class, step).errors().get(0).field();
    }

    private MatchDraft contact(long specialist) {
        return new MatchDraft(specialist, LocalDate.of(2026, 6, 12), "电话联系李建国，约定 6 月 20 日到田间查看");
    }

    @Test
    void R_DEM_1_aCountysDraftsAreItsOwnUntilItPublishesItsTableThenAnyoneReadsThemWithoutThePhone() {
        Demand draft = service.record(WENXIAN, yam(null, recipient, "四大怀药"));

        assertEquals(DemandStatus.DRAFT, draft.status());
        assertEquals("温县祥云镇怀药专业合作社", draft.recipientName(), "the register's name");
        assertEquals(2026, draft.year(), "the current programme year");
        assertEquals(0, service.search(null, DemandFilter.ALL, PageRequest.first()).total());
        assertEquals(0, service.search(WUZHI, DemandFilter.ALL, PageRequest.first()).total());
        assertEquals(1, service.search(WENXIAN, DemandFilter.ALL, PageRequest.first()).total());
        assertEquals(1, service.search(AUDITOR, DemandFilter.ALL, PageRequest.first()).total());
        assertThrows(NotFoundException.class, () -> service.get(null, draft.id()));

        var table = service.publish(WENXIAN, "wenxian", 2026);

        assertEquals(1, table.published());
        assertEquals(1, table.total());
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'DemandTable' AND action = 'publish'"));
        Demand anonymous = service.search(null, new DemandFilter("wenxian", "四大怀药", DemandStatus.PUBLISHED, 2026),
                PageRequest.first()).items().get(0);
        assertEquals(DemandStatus.PUBLISHED, anonymous.status());
        assertEquals("李建国", anonymous.contactName());
        assertNull(anonymous.contactPhone(), "anonymous callers do not see the phone");
        assertNull(service.get(WUZHI, draft.id()).contactPhone(), "nor does another county");
        assertEquals("13903910001", service.get(HPU, draft.id()).contactPhone(), "units do");
        assertEquals("13903910001", service.get(FieldActors.specialist(li), draft.id()).contactPhone());
        assertEquals("13903910001", service.get(WENXIAN, draft.id()).contactPhone());
        assertEquals("13903910001", service.get(CITY, draft.id()).contactPhone());
        assertEquals(0, service.publish(WENXIAN, null, null).published(), "a draft is published once");
    }

    @Test
    void R_DEM_1_aDemandIsForOneOfTheCountysLeadingIndustriesAndOnlyTheCountyRecordsIt() {
        assertEquals("industry", field(() -> service.record(WENXIAN, yam(null, null, "乡村旅游"))));
        assertEquals("recipientId", field(() -> service.record(CITY, yam("wuzhi", recipient, "四大怀药"))));
        assertEquals("recipientName", field(() -> service.record(WENXIAN,
                new DemandDraft(null, null, null, " ", "四大怀药", "品种", "李", "1", null, null))));
        assertEquals("desiredTo", field(() -> service.record(WENXIAN, new DemandDraft(null, null, null, "大户",
                "四大怀药", "品种", "李", "1", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 1)))));
        assertEquals("county:wenxian", assertThrows(ForbiddenException.class,
                () -> service.record(WUZHI, yam("wenxian", null, "四大怀药"))).missingScope());
        assertThrows(ForbiddenException.class, () -> service.record(HPU, yam("wenxian", null, "四大怀药")));
        assertThrows(ForbiddenException.class, () -> service.publish(WUZHI, "wenxian", null));

        Demand byCity = service.record(CITY, yam("wenxian", null, "小麦良种"));

        assertEquals("温县番田镇铁棍山药种植大户", byCity.recipientName());
        assertEquals(1, db.count("SELECT COUNT(*) FROM demand"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Demand' AND action = 'create'"));
    }

    @Test
    void R_DEM_2_expertsContactOnlyPublishedDemandsThroughTheirUnitOrThemselves() {
        Demand draft = service.record(WENXIAN, yam(null, recipient, "四大怀药"));
        assertEquals("R-DEM-2", rule(() -> service.contact(CITY, draft.id(), contact(li))));
        assertThrows(NotFoundException.class, () -> service.contact(HPU, draft.id(), contact(li)),
                "a unit does not see the county's drafts");
        service.publish(WENXIAN, null, null);

        DemandMatch byUnit = service.contact(HPU, draft.id(), contact(li));
        DemandMatch byThemself = service.contact(FieldActors.specialist(zhang), draft.id(), contact(zhang));
        DemandMatch ofCandidate = service.contact(HPU, draft.id(), contact(candidate));

        assertEquals("李振华", byUnit.specialistName());
        assertEquals("hpu-kjc", byUnit.recordedBy());
        assertEquals(SpecialistStatus.CANDIDATE, ofCandidate.specialistStatus());
        assertEquals("specialist-" + zhang, byThemself.recordedBy());
        assertEquals(3, service.get(null, draft.id()).candidates());
        assertEquals(List.of(byUnit.id(), byThemself.id(), ofCandidate.id()), service.matches(WENXIAN, draft.id(),
                PageRequest.first()).items().stream().map(DemandMatch::id).toList());
        assertEquals("unit:hpu", assertThrows(ForbiddenException.class,
                () -> service.contact(JZU, draft.id(), contact(li))).missingScope());
        assertThrows(ConflictException.class, () -> service.contact(HPU, draft.id(), contact(li)));
        assertEquals("contactedOn", field(() -> service.contact(HPU, draft.id(),
                new MatchDraft(li, LocalDate.of(2026, 6, 16), "明天联系"))));
        assertThrows(ForbiddenException.class, () -> service.matches(null, draft.id(), PageRequest.first()));
    }

    @Test
    void R_REC_3_theCountyConfirmsOneCandidateAndTheMatchedExpertsDispatchServesIt() {
        Demand demand = published();
        service.contact(HPU, demand.id(), contact(li));
        DemandMatch chosen = service.contact(HPU, demand.id(), contact(zhang));
        long zhangInWenxian = assignment(zhang, "wenxian");
        long liInWenxian = assignment(li, "wenxian");
        long zhangInWuzhi = assignment(zhang, "wuzhi");

        assertThrows(ForbiddenException.class, () -> service.confirm(WUZHI, demand.id(), demand.version(),
                chosen.id()));
        Demand matched = service.confirm(WENXIAN, demand.id(), demand.version(), chosen.id());

        assertEquals(DemandStatus.MATCHED, matched.status());
        assertEquals(zhang, matched.specialistId());
        assertEquals("张秀兰", matched.specialistName());
        assertEquals("R-REC-3", rule(() -> service.confirm(WENXIAN, demand.id(), matched.version(), chosen.id())));
        assertEquals("R-DEM-2", rule(() -> service.contact(HPU, demand.id(), contact(candidate))));
        assertEquals("R-DEM-1", rule(() -> service.update(WENXIAN, demand.id(), matched.version(),
                yam(null, recipient, "四大怀药"))));
        assertEquals("R-REC-3", rule(() -> service.serve(WENXIAN, demand.id(), matched.version(), liInWenxian)));
        assertEquals("R-REC-3", rule(() -> service.serve(WENXIAN, demand.id(), matched.version(), zhangInWuzhi)));

        clock.advance(java.time.Duration.ofHours(1));
        Demand served = service.serve(WENXIAN, demand.id(), matched.version(), zhangInWenxian);

        assertEquals(DemandStatus.SERVED, served.status());
        assertEquals(zhangInWenxian, served.assignmentId());
        assertEquals("R-DEM-1", rule(() -> service.withdraw(WENXIAN, demand.id(), served.version(), "不再需要")));
        List<DemandStep> history = service.history(HPU, demand.id());
        assertEquals(List.of("recorded", "published", "contacted", "contacted", "confirmed", "served"),
                history.stream().map(DemandStep::action).toList());
        assertEquals(List.of("wenxian-kjj", "wenxian-kjj", "hpu-kjc", "hpu-kjc", "wenxian-kjj", "wenxian-kjj"),
                history.stream().map(DemandStep::actor).toList());
        assertEquals(chosen.id(), history.get(4).matchId());
        assertTrue(service.matches(CITY, demand.id(), PageRequest.first()).items().stream()
                .filter(DemandMatch::confirmed).allMatch(m -> m.id() == chosen.id()));
        assertEquals(List.of("create", "publish", "contact", "contact", "confirm", "serve"), List.of("create",
                "publish", "contact", "contact", "confirm", "serve").stream().filter(action -> db.count(
                "SELECT COUNT(*) FROM audit_record WHERE action = '" + action + "' AND entity IN ('Demand', "
                        + "'DemandTable', 'DemandMatch')") > 0).toList(), "every step is audited");
    }

    @Test
    void R_REC_3_stepsOutOfOrderAreRefusedNamingTheRule() {
        Demand draft = service.record(WENXIAN, yam(null, recipient, "四大怀药"));
        long anAssignment = assignment(li, "wenxian");

        assertEquals("R-REC-3", rule(() -> service.confirm(WENXIAN, draft.id(), draft.version(), 1)));
        assertEquals("R-REC-3", rule(() -> service.serve(WENXIAN, draft.id(), draft.version(), anAssignment)));
        service.publish(WENXIAN, null, null);
        Demand published = service.get(WENXIAN, draft.id());
        assertEquals("R-REC-3", rule(() -> service.serve(WENXIAN, draft.id(), published.version(), anAssignment)));
        assertEquals("matchId", field(() -> service.confirm(WENXIAN, draft.id(), published.version(), 999)));
        assertThrows(ConflictException.class, () -> service.withdraw(WENXIAN, draft.id(), draft.version(), "重复"));

        Demand withdrawn = service.withdraw(WENXIAN, draft.id(), published.version(), "合作社已自行解决");

        assertEquals(DemandStatus.WITHDRAWN, withdrawn.status());
        assertEquals("R-DEM-2", rule(() -> service.contact(HPU, draft.id(), contact(li))));
        assertEquals("R-DEM-1", rule(() -> service.withdraw(WENXIAN, draft.id(), withdrawn.version(), "再撤")));
        assertEquals("withdrawn", service.history(WENXIAN, draft.id()).get(2).action());
        assertEquals("合作社已自行解决", service.history(WENXIAN, draft.id()).get(2).note());
    }

    @Test
    void aPublishedDemandIsChangedWithTheVersionReadAndKeepsItsTable() {
        Demand demand = published();

        Demand changed = service.update(WENXIAN, demand.id(), demand.version(), new DemandDraft(null, null, null,
                "温县赵堡镇山药种植大户", "四大怀药", "怀山药机械化收获", "赵红", "13803910002", null, null));

        assertEquals("温县赵堡镇山药种植大户", changed.recipientName());
        assertNull(changed.recipientId());
        assertEquals(DemandStatus.PUBLISHED, changed.status());
        assertThrows(ConflictException.class, () -> service.update(WENXIAN, demand.id(), demand.version(),
                yam(null, recipient, "四大怀药")));
        assertEquals("county", field(() -> service.update(CITY, demand.id(), changed.version(),
                yam("wuzhi", null, "四大怀药"))));
    }

    @Test
    void R_REC_3_theServingDispatchsConfirmedLogsShowUnderTheDemand() {
        Demand demand = published();
        DemandMatch match = service.contact(HPU, demand.id(), contact(li));
        Demand matched = service.confirm(WENXIAN, demand.id(), demand.version(), match.id());
        assertEquals(0, service.serviceLogs(WENXIAN, demand.id(), PageRequest.first()).total(), "not served yet");
        long dispatch = assignment(li, "wenxian");
        service.serve(WENXIAN, demand.id(), matched.version(), dispatch);
        Actor self = FieldActors.specialist(li);
        ServiceLog log = logs.create(self, new ServiceLogDraft(li, "wenxian", List.of(recipient),
                LocalDate.of(2026, 6, 13), null, new BigDecimal("1"), LogKind.TECHNICAL_GUIDANCE,
                "田间查看铁棍山药根腐病，制定轮作方案", Map.of()));
        log = logs.submit(self, log.id(), log.version());

        assertEquals(0, service.serviceLogs(WENXIAN, demand.id(), PageRequest.first()).total(),
                "only confirmed service counts");
        logs.confirm(WENXIAN, log.id(), log.version(), 5, "很及时", null);

        List<ServiceLog> shown = service.serviceLogs(WENXIAN, demand.id(), PageRequest.first()).items();
        assertEquals(List.of(log.id()), shown.stream().map(ServiceLog::id).toList());
        assertEquals("田间查看铁棍山药根腐病，制定轮作方案", shown.get(0).description());
    }
}
