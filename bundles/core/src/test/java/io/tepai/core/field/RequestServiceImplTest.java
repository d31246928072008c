package io.tepai.core.field;

import io.tepai.api.field.Holder;
import static io.tepai.core.testing.FieldActors.AUDITOR;
import static io.tepai.core.testing.FieldActors.HPU;
import static io.tepai.core.testing.FieldActors.JZU;
import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.TERM_END;
import static io.tepai.core.testing.Organisation.TERM_START;
import static io.tepai.core.testing.Organisation.UNIT_LEADER;
import static io.tepai.core.testing.Organisation.WUZHI;
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
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.field.CoordinationRequest;
import io.tepai.api.field.RecipientDraft;
import io.tepai.api.field.RecipientKind;
import io.tepai.api.field.RequestDraft;
import io.tepai.api.field.RequestFilter;
import io.tepai.api.field.RequestStatus;
import io.tepai.api.field.RequestStep;
import io.tepai.api.field.Urgency;
import io.tepai.api.specialist.ChainSegment;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.api.team.Team;
import io.tepai.api.team.TeamDraft;
import io.tepai.api.team.TeamLevel;
import io.tepai.api.team.TeamStatus;
import io.tepai.core.team.TeamServiceImpl;
import io.tepai.core.testing.Drafts;
import io.tepai.core.testing.FieldActors;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.Organisation.Specialists;
import io.tepai.core.testing.TestStore;
import io.tepai.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fixture: specialist 李振华 of unit hpu (the raiser) is a member of the 四大怀药 team of unit jzu, with two more
 * members; the team's account is therefore jzu's, the raiser's dispatching unit is hpu.
 */
class RequestServiceImplTest {

    /** What the demo data set acts as: the services mark what it writes sample. */
    private static final Actor SAMPLE_DATA = Actor.sampleData("demo-data");

    private static final Instant START = Instant.parse("2024-03-01T08:00:00Z");
    private static final String PROBLEM = "怀山药连作障碍严重，需要土壤改良和轮作方案";

    private TestStore db;
    private MutableClock clock;
    private RequestServiceImpl service;
    private TeamServiceImpl teams;
    private long raiser;
    private long helperA;
    private long helperB;
    private long outsider;
    private Team team;
    private Actor self;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        clock = new MutableClock(START);
        Organisation.units(db.store());
        Specialists specialists = new Specialists(db.store(), Organisation.builtInTiers());
        raiser = specialists.active("李振华");
        helperA = specialists.create(Drafts.specialist().name("王土肥").unitCode("jzu").status(SpecialistStatus.ACTIVE));
        helperB = specialists.create(Drafts.specialist().name("赵植保").unitCode("jzu").status(SpecialistStatus.ACTIVE));
        outsider = specialists.active("郭明亮");
        teams = new TeamServiceImpl(db.store(), Map.of()); // its own clock: the team's dates do not matter here
        team = teams.create(CITY, new TeamDraft("四大怀药产业服务团", "四大怀药", TeamLevel.CITY, null, "jzu", TERM_START,
                TERM_END, UNIT_LEADER));
        team = teams.addMember(CITY, team.id(), team.version(), raiser, ChainSegment.PRODUCTION);
        team = teams.addMember(CITY, team.id(), team.version(), helperA, ChainSegment.TESTING);
        team = teams.addMember(CITY, team.id(), team.version(), helperB, ChainSegment.PROCESSING);
        self = FieldActors.specialist(raiser);
        service = new RequestServiceImpl(db.store(), clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private RequestDraft toTeam() {
        return new RequestDraft(raiser, "wuzhi", null, team.id(), PROBLEM, Urgency.HIGH);
    }

    private RequestDraft toUnit() {
        return new RequestDraft(raiser, "wuzhi", null, null, PROBLEM, Urgency.HIGH);
    }

    private long rows() {
        return db.count("SELECT COUNT(*) FROM coordination_request");
    }

    private long audits(String action) {
        return db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'CoordinationRequest' AND action = '"
                + action + "'");
    }

    private static List<String> actions(CoordinationRequest request) {
        return request.steps().stream().map(RequestStep::action).toList();
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    // --- raise

    @Test
    void R_ESC_1_aSpecialistAsksTheirTeamForHelp() {
        CoordinationRequest raised = service.raise(self, new RequestDraft(raiser, " wuzhi ", null, team.id(),
                " " + PROBLEM + " ", Urgency.HIGH));

        assertTrue(raised.id() > 0);
        assertEquals(new CoordinationRequest(raised.id(), raiser, "李振华", "wuzhi", null, PROBLEM, Urgency.HIGH,
                RequestStatus.OPEN, "team:" + team.id(), List.of(),
                List.of(new RequestStep(START, "raised", self.username(), "team:" + team.id(), "")), START, false,
                false, 1), raised);
        assertEquals(raised, service.get(raised.id()));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'CoordinationRequest'"
                + " AND action = 'raise' AND actor = '" + self.username() + "' AND entity_id = '" + raised.id() + "'"));
    }

    @Test
    void R_ESC_1_withoutATeamTheRequestGoesToTheSpecialistsDispatchingUnit() {
        CoordinationRequest raised = service.raise(self, toUnit());

        assertEquals("unit:hpu", raised.holder());
        assertEquals("unit:hpu", raised.steps().get(0).holder());
        assertEquals(RequestStatus.OPEN, raised.status());
    }

    @Test
    void theUrgencyDefaultsToNormal() {
        CoordinationRequest raised = service.raise(self, new RequestDraft(raiser, "wuzhi", null, null, PROBLEM, null));

        assertEquals(Urgency.NORMAL, raised.urgency());
    }

    @Test
    void R_ESC_1_aRequestNamesARecipientOfItsCounty() {
        RecipientServiceImpl recipients = new RecipientServiceImpl(db.store(), clock);
        long wuzhi = recipients.create(CITY, new RecipientDraft("大封镇怀药合作社", RecipientKind.COOPERATIVE, "wuzhi",
                null, List.of())).id();
        long xiuwu = recipients.create(CITY, new RecipientDraft("修武县合作社", RecipientKind.COOPERATIVE, "xiuwu",
                null, List.of())).id();

        CoordinationRequest raised = service.raise(self, new RequestDraft(raiser, "wuzhi", wuzhi, null, PROBLEM,
                null));
        ValidationException otherCounty = assertThrows(ValidationException.class, () -> service.raise(self,
                new RequestDraft(raiser, "wuzhi", xiuwu, null, PROBLEM, null)));
        ValidationException unknown = assertThrows(ValidationException.class, () -> service.raise(self,
                new RequestDraft(raiser, "wuzhi", 4242L, null, PROBLEM, null)));

        assertEquals(wuzhi, raised.recipientId());
        assertEquals(List.of("recipientId"), fields(otherCounty));
        assertTrue(otherCounty.getMessage().contains("xiuwu"), otherCounty.getMessage());
        assertEquals(List.of("recipientId"), fields(unknown));
        assertEquals(1, rows());
    }

    @Test
    void R_ESC_1_onlyTheSpecialistThemselfOrTheCityRaisesARequest() {
        for (Actor actor : List.of(FieldActors.specialist(outsider), FieldActors.specialist(helperA), HPU, JZU, WUZHI,
                AUDITOR)) {
            ForbiddenException e = assertThrows(ForbiddenException.class, () -> service.raise(actor, toTeam()),
                    actor.username());
            assertEquals("specialist:" + raiser, e.missingScope());
        }
        assertEquals(0, rows());
        assertEquals(0, audits("raise"));

        assertEquals(RequestStatus.OPEN, service.raise(CITY, toTeam()).status());
    }

    @Test
    void R_ESC_1_aSpecialistAsksOnlyATeamTheyAreAMemberOf() {
        Team other = teams.create(CITY, Organisation.cityTeam("温县铁棍山药服务团", "四大怀药"));
        CoordinationRequest raised = service.raise(self, toUnit());

        ValidationException notMember = assertThrows(ValidationException.class, () -> service.raise(self,
                new RequestDraft(raiser, "wuzhi", null, other.id(), PROBLEM, null)));
        ValidationException unknown = assertThrows(ValidationException.class, () -> service.raise(self,
                new RequestDraft(raiser, "wuzhi", null, 4242L, PROBLEM, null)));

        assertEquals(List.of("teamId"), fields(notMember));
        assertEquals(List.of("teamId"), fields(unknown));
        assertEquals(List.of(raised.id()), service.search(RequestFilter.ALL, PageRequest.first()).items().stream()
                .map(CoordinationRequest::id).toList());
    }

    @Test
    void R_ESC_1_aClosedTeamIsAskedNoMore() {
        Team closed = teams.changeStatus(CITY, team.id(), team.version(), TeamStatus.CLOSED);

        ValidationException e = assertThrows(ValidationException.class, () -> service.raise(self, toTeam()));

        assertEquals(TeamStatus.CLOSED, closed.status());
        assertEquals(List.of("teamId"), fields(e));
        assertEquals(0, rows());
    }

    @Test
    void unknownSpecialistAndCountyAreReportedTogether() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.raise(CITY, new RequestDraft(4242L, "beijing", null, null, PROBLEM, null)));

        assertEquals(List.of("specialistId", "county"), fields(e));
    }

    @Test
    void anInvalidRequestIsRefusedWithEveryProblemBeforeTheStoreIsTouched() {
        Store store = mock(Store.class);
        RequestServiceImpl isolated = new RequestServiceImpl(store, clock);

        ValidationException e = assertThrows(ValidationException.class,
                () -> isolated.raise(CITY, new RequestDraft(null, " ", null, null, "问".repeat(2001), null)));
        ValidationException blank = assertThrows(ValidationException.class,
                () -> isolated.raise(CITY, new RequestDraft(raiser, "wuzhi", null, null, " ", null)));
        assertThrows(ValidationException.class, () -> isolated.raise(CITY, null));
        assertThrows(ValidationException.class, () -> isolated.assign(CITY, 1, 1, List.of(), null));
        assertThrows(ValidationException.class, () -> isolated.escalate(CITY, 1, 1, "city", " "));
        assertThrows(ValidationException.class, () -> isolated.resolve(CITY, 1, 1, null));
        assertThrows(ValidationException.class, () -> isolated.close(CITY, 1, 1, ""));

        assertEquals(List.of("specialistId", "county", "problem"), fields(e));
        assertEquals(List.of("problem"), fields(blank));
        verifyNoInteractions(store);
    }

    @Test
    void getOfAnUnknownRequestIsNotFound() {
        assertThrows(NotFoundException.class, () -> service.get(4242));
        assertThrows(NotFoundException.class, () -> service.resolve(CITY, 4242, 1, "已解决"));
    }

    @Test
    void aDemoRequestIsMarkedAsSample() {
        assertTrue(service.raise(SAMPLE_DATA, toTeam()).sample());
        assertFalse(service.raise(CITY, toTeam()).sample());
    }

    // --- assign

    @Test
    void R_ESC_1_theTeamsUnitAssignsMembersOfTheTeam() {
        CoordinationRequest raised = service.raise(self, toTeam());
        clock.advance(Duration.ofHours(3));

        CoordinationRequest assigned = service.assign(JZU, raised.id(), raised.version(), List.of(helperB, helperA),
                " 王土肥负责土壤检测，赵植保负责轮作方案 ");

        assertEquals(RequestStatus.ASSIGNED, assigned.status());
        assertEquals("team:" + team.id(), assigned.holder());
        assertEquals(List.of(helperA, helperB), assigned.assignedMembers());
        assertEquals(new RequestStep(START.plus(Duration.ofHours(3)), "assigned", JZU.username(), "team:" + team.id(),
                "王土肥负责土壤检测，赵植保负责轮作方案"), assigned.steps().get(1));
        assertEquals(raised.version() + 1, assigned.version());
        assertEquals(assigned, service.get(raised.id()));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'CoordinationRequest'"
                + " AND action = 'assign' AND reason = '王土肥负责土壤检测，赵植保负责轮作方案'"));
    }

    @Test
    void R_ESC_1_theCityAssignsTooAndTheNoteIsOptional() {
        CoordinationRequest raised = service.raise(self, toTeam());

        CoordinationRequest assigned = service.assign(CITY, raised.id(), raised.version(), List.of(helperA), null);

        assertEquals(List.of(helperA), assigned.assignedMembers());
        assertEquals("", assigned.steps().get(1).note());
    }

    @Test
    void R_ESC_1_onlyTheTeamsUnitOrTheCityAssigns() {
        CoordinationRequest raised = service.raise(self, toTeam());

        for (Actor actor : List.of(HPU, self, FieldActors.specialist(helperA), WUZHI, AUDITOR)) {
            ForbiddenException e = assertThrows(ForbiddenException.class,
                    () -> service.assign(actor, raised.id(), raised.version(), List.of(helperA), "我来"),
                    actor.username());
            assertEquals("unit:jzu", e.missingScope());
        }
        assertEquals(raised, service.get(raised.id()));
        assertEquals(0, audits("assign"));
    }

    @Test
    void R_ESC_1_onlyMembersOfTheTeamAreAssigned() {
        CoordinationRequest raised = service.raise(self, toTeam());

        ValidationException e = assertThrows(ValidationException.class,
                () -> service.assign(JZU, raised.id(), raised.version(), List.of(helperA, outsider, 4242L), null));
        ValidationException none = assertThrows(ValidationException.class,
                () -> service.assign(JZU, raised.id(), raised.version(), null, null));

        assertEquals(List.of("memberIds[1]", "memberIds[2]"), fields(e));
        assertEquals(List.of("memberIds"), fields(none));
        assertEquals(raised, service.get(raised.id()));
    }

    @Test
    void R_ESC_1_membersAreAssignedOnlyWhileATeamHoldsTheRequest() {
        CoordinationRequest atUnit = service.raise(self, toUnit());
        CoordinationRequest raised = service.raise(self, toTeam());
        CoordinationRequest escalated = service.escalate(JZU, raised.id(), raised.version(), "unit", "团队力量不足");

        ConflictException unitHolds = assertThrows(ConflictException.class,
                () -> service.assign(HPU, atUnit.id(), atUnit.version(), List.of(helperA), null));
        ForbiddenException teamNoLongerHolds = assertThrows(ForbiddenException.class,
                () -> service.assign(JZU, escalated.id(), escalated.version(), List.of(helperA), null));
        ConflictException evenForTheCity = assertThrows(ConflictException.class,
                () -> service.assign(CITY, escalated.id(), escalated.version(), List.of(helperA), null));

        assertTrue(unitHolds.getMessage().contains("unit:hpu"), unitHolds.getMessage());
        assertEquals("unit:hpu", teamNoLongerHolds.missingScope());
        assertTrue(evenForTheCity.getMessage().contains("only while a team holds it"), evenForTheCity.getMessage());
        assertEquals(atUnit, service.get(atUnit.id()));
        assertEquals(escalated, service.get(escalated.id()));
    }

    @Test
    void R_ESC_1_aNewAssignmentReplacesThePreviousOneAndTheStepsKeepBoth() {
        CoordinationRequest raised = service.raise(self, toTeam());
        CoordinationRequest first = service.assign(JZU, raised.id(), raised.version(), List.of(helperA), "王土肥先去");

        // the clock stands still: the version must move although status and holder stay
        CoordinationRequest second = service.assign(JZU, first.id(), first.version(), List.of(helperB), "改派赵植保");

        assertEquals(List.of(helperB), second.assignedMembers());
        assertEquals(List.of("raised", "assigned", "assigned"), actions(second));
        assertEquals(List.of("", "王土肥先去", "改派赵植保"), second.steps().stream().map(RequestStep::note).toList());
        assertEquals(first.version() + 1, second.version());
        assertThrows(ConflictException.class,
                () -> service.assign(JZU, first.id(), first.version(), List.of(helperA), "过时"));
        assertEquals(second, service.get(raised.id()));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'CoordinationRequest'"
                + " AND action = 'assign' AND changes LIKE '%assignedMembers%[" + helperA + "]%[" + helperB + "]%'"));
    }

    // --- escalate

    @Test
    void R_ESC_1_theTeamEscalatesToTheSpecialistsDispatchingUnit() {
        CoordinationRequest raised = service.raise(self, toTeam());
        CoordinationRequest assigned = service.assign(JZU, raised.id(), raised.version(), List.of(helperA), null);
        clock.advance(Duration.ofDays(2));

        CoordinationRequest escalated = service.escalate(JZU, assigned.id(), assigned.version(), " unit ",
                " 需要学校土壤实验室支持 ");

        assertEquals(RequestStatus.ESCALATED, escalated.status());
        assertEquals("unit:hpu", escalated.holder());
        assertEquals(List.of(helperA), escalated.assignedMembers());
        assertEquals(new RequestStep(START.plus(Duration.ofDays(2)), "escalated", JZU.username(), "unit:hpu",
                "需要学校土壤实验室支持"), escalated.steps().get(2));
        assertEquals(escalated, service.get(raised.id()));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'CoordinationRequest'"
                + " AND action = 'escalate' AND reason = '需要学校土壤实验室支持'"));
    }

    @Test
    void R_ESC_1_theUnitEscalatesToTheCityOffice() {
        CoordinationRequest raised = service.raise(self, toUnit());

        CoordinationRequest escalated = service.escalate(HPU, raised.id(), raised.version(), "city", "需协调市农业农村局");

        assertEquals("city", escalated.holder());
        assertEquals(RequestStatus.ESCALATED, escalated.status());
    }

    @Test
    void R_ESC_1_aSpecialistMayEscalateToTheCityDirectly() {
        CoordinationRequest raised = service.raise(self, toTeam());

        CoordinationRequest escalated = service.escalate(self, raised.id(), raised.version(), "city", "团队一周未响应");

        assertEquals("city", escalated.holder());
        assertEquals(self.username(), escalated.steps().get(1).actor());
    }

    @Test
    void R_ESC_1_aSpecialistMayAskTheirDispatchingUnitDirectly() {
        CoordinationRequest raised = service.raise(self, toTeam());

        CoordinationRequest escalated = service.escalate(self, raised.id(), raised.version(), "unit", "需要学校支持");

        assertEquals("unit:hpu", escalated.holder());
    }

    @Test
    void R_ESC_1_theTeamMayGoToTheCityOfficeStraightAway() {
        CoordinationRequest raised = service.raise(self, toTeam());

        assertEquals("city", service.escalate(JZU, raised.id(), raised.version(), "CITY", "跨县协调").holder());
    }

    @Test
    void R_ESC_1_onlyTheHolderOrTheRaisingSpecialistEscalates() {
        CoordinationRequest atTeam = service.raise(self, toTeam());
        CoordinationRequest atUnit = service.raise(self, toUnit());

        for (Actor actor : List.of(HPU, FieldActors.specialist(helperA), WUZHI, AUDITOR)) {
            ForbiddenException e = assertThrows(ForbiddenException.class,
                    () -> service.escalate(actor, atTeam.id(), atTeam.version(), "city", "越级"), actor.username());
            assertEquals("unit:jzu", e.missingScope());
        }
        ForbiddenException teamAtUnit = assertThrows(ForbiddenException.class,
                () -> service.escalate(JZU, atUnit.id(), atUnit.version(), "city", "越级"));

        assertEquals("unit:hpu", teamAtUnit.missingScope());
        assertEquals(atTeam, service.get(atTeam.id()));
        assertEquals(atUnit, service.get(atUnit.id()));
        assertEquals(0, audits("escalate"));
    }

    @Test
    void R_ESC_1_requestsGoOnlyUp() {
        CoordinationRequest atUnit = service.raise(self, toUnit());
        CoordinationRequest atCity = service.escalate(self, service.raise(self, toTeam()).id(), 1, "city", "直接找市里");

        ConflictException unitToUnit = assertThrows(ConflictException.class,
                () -> service.escalate(HPU, atUnit.id(), atUnit.version(), "unit", "再报单位"));
        ConflictException fromCity = assertThrows(ConflictException.class,
                () -> service.escalate(CITY, atCity.id(), atCity.version(), "city", "再报"));
        ConflictException cityToUnit = assertThrows(ConflictException.class,
                () -> service.escalate(self, atCity.id(), atCity.version(), "unit", "退回单位"));

        assertTrue(fromCity.getMessage().contains("highest"), fromCity.getMessage());
        assertTrue(unitToUnit.getMessage().contains("unit:hpu"), unitToUnit.getMessage());
        assertTrue(cityToUnit.getMessage().contains("highest"), cityToUnit.getMessage());
        assertEquals(atUnit, service.get(atUnit.id()));
        assertEquals(atCity, service.get(atCity.id()));
    }

    @Test
    void anEscalationNeedsATargetAndANote() {
        CoordinationRequest raised = service.raise(self, toTeam());

        ValidationException e = assertThrows(ValidationException.class,
                () -> service.escalate(JZU, raised.id(), raised.version(), "province", null));

        assertEquals(List.of("to", "note"), fields(e));
        assertEquals(raised, service.get(raised.id()));
    }

    // --- resolve and close

    @Test
    void R_ESC_1_theHolderResolvesWithAnOutcome() {
        CoordinationRequest raised = service.raise(self, toTeam());
        CoordinationRequest assigned = service.assign(JZU, raised.id(), raised.version(), List.of(helperA), null);
        clock.advance(Duration.ofDays(5));

        CoordinationRequest resolved = service.resolve(JZU, assigned.id(), assigned.version(), " 轮作玉米两年，增施有机肥 ");

        assertEquals(RequestStatus.RESOLVED, resolved.status());
        assertEquals("team:" + team.id(), resolved.holder());
        assertEquals(new RequestStep(START.plus(Duration.ofDays(5)), "resolved", JZU.username(), "team:" + team.id(),
                "轮作玉米两年，增施有机肥"), resolved.steps().get(2));
        assertEquals(resolved, service.get(raised.id()));
        assertEquals(1, audits("resolve"));
    }

    @Test
    void R_ESC_1_theUnitOrTheCityClosesWithAReason() {
        CoordinationRequest atUnit = service.raise(self, toUnit());
        CoordinationRequest atTeam = service.raise(self, toTeam());

        CoordinationRequest byUnit = service.close(HPU, atUnit.id(), atUnit.version(), "农户已自行改种");
        CoordinationRequest byCity = service.close(CITY, atTeam.id(), atTeam.version(), "重复提交");

        assertEquals(RequestStatus.CLOSED, byUnit.status());
        assertEquals("closed", byUnit.steps().get(1).action());
        assertEquals("农户已自行改种", byUnit.steps().get(1).note());
        assertEquals(RequestStatus.CLOSED, byCity.status());
        assertEquals(2, audits("close"));
    }

    @Test
    void R_ESC_1_onlyTheHolderOrTheCityEndsARequest() {
        CoordinationRequest atTeam = service.raise(self, toTeam());
        CoordinationRequest atCity = service.escalate(self, service.raise(self, toTeam()).id(), 1, "city", "找市里");

        for (Actor actor : List.of(self, HPU, FieldActors.specialist(helperA), WUZHI, AUDITOR)) {
            ForbiddenException e = assertThrows(ForbiddenException.class,
                    () -> service.resolve(actor, atTeam.id(), atTeam.version(), "已解决"), actor.username());
            assertEquals("unit:jzu", e.missingScope());
        }
        ForbiddenException teamAtCity = assertThrows(ForbiddenException.class,
                () -> service.close(JZU, atCity.id(), atCity.version(), "不管了"));

        assertEquals("city", teamAtCity.missingScope());
        assertEquals(atTeam, service.get(atTeam.id()));
        assertEquals(atCity, service.get(atCity.id()));
        assertEquals(RequestStatus.RESOLVED, service.resolve(CITY, atCity.id(), atCity.version(), "已协调解决")
                .status());
    }

    @Test
    void R_ESC_1_anEndedRequestChangesNoMore() {
        CoordinationRequest resolved = service.resolve(JZU, service.raise(self, toTeam()).id(), 1, "已解决");
        CoordinationRequest closed = service.close(HPU, service.raise(self, toUnit()).id(), 1, "撤回");

        for (CoordinationRequest ended : List.of(resolved, closed)) {
            long id = ended.id();
            long version = ended.version();
            List<Function<Long, CoordinationRequest>> steps = List.of(
                    v -> service.assign(CITY, id, v, List.of(helperA), null),
                    v -> service.escalate(CITY, id, v, "city", "再议"),
                    v -> service.escalate(self, id, v, "city", "再议"),
                    v -> service.resolve(CITY, id, v, "再解决"),
                    v -> service.close(CITY, id, v, "再关闭"));
            for (Function<Long, CoordinationRequest> step : steps) {
                ConflictException e = assertThrows(ConflictException.class, () -> step.apply(version));
                assertTrue(e.getMessage().contains("changes no more"), e.getMessage());
            }
            assertEquals(ended, service.get(id));
        }
        assertEquals(1, audits("resolve"));
        assertEquals(1, audits("close"));
    }

    @Test
    void anOutcomeAndAReasonAreRequired() {
        CoordinationRequest raised = service.raise(self, toTeam());

        ValidationException outcome = assertThrows(ValidationException.class,
                () -> service.resolve(JZU, raised.id(), raised.version(), " "));
        ValidationException reason = assertThrows(ValidationException.class,
                () -> service.close(JZU, raised.id(), raised.version(), "因".repeat(2001)));

        assertEquals(List.of("outcome"), fields(outcome));
        assertEquals(List.of("reason"), fields(reason));
        assertEquals(raised, service.get(raised.id()));
    }

    @Test
    void everyStepOnAStaleVersionIsAConflictAndChangesNothing() {
        CoordinationRequest raised = service.raise(self, toTeam());
        CoordinationRequest current = service.assign(JZU, raised.id(), raised.version(), List.of(helperA), null);
        long stale = raised.version();

        assertThrows(ConflictException.class, () -> service.assign(JZU, raised.id(), stale, List.of(helperB), null));
        assertThrows(ConflictException.class, () -> service.escalate(self, raised.id(), stale, "city", "过时"));
        assertThrows(ConflictException.class, () -> service.resolve(JZU, raised.id(), stale, "过时"));
        assertThrows(ConflictException.class, () -> service.close(CITY, raised.id(), stale, "过时"));

        assertEquals(current, service.get(raised.id()));
        assertEquals(1, audits("assign"));
    }

    @Test
    void R_ESC_1_everyStepIsTimestampedAndKeptInOrder() {
        CoordinationRequest raised = service.raise(self, toTeam());
        clock.advance(Duration.ofHours(1));
        CoordinationRequest assigned = service.assign(JZU, raised.id(), raised.version(), List.of(helperA), "派人");
        clock.advance(Duration.ofDays(1));
        CoordinationRequest toUnit = service.escalate(JZU, assigned.id(), assigned.version(), "unit", "需单位支持");
        clock.advance(Duration.ofDays(1));
        CoordinationRequest toCity = service.escalate(self, toUnit.id(), toUnit.version(), "city", "单位无回应");
        clock.advance(Duration.ofDays(1));
        CoordinationRequest closed = service.close(CITY, toCity.id(), toCity.version(), "已转市农业农村局");

        assertEquals(List.of(
                new RequestStep(START, "raised", self.username(), "team:" + team.id(), ""),
                new RequestStep(START.plus(Duration.ofHours(1)), "assigned", JZU.username(), "team:" + team.id(), "派人"),
                new RequestStep(START.plus(Duration.ofHours(25)), "escalated", JZU.username(), "unit:hpu", "需单位支持"),
                new RequestStep(START.plus(Duration.ofHours(49)), "escalated", self.username(), "city", "单位无回应"),
                new RequestStep(START.plus(Duration.ofHours(73)), "closed", CITY.username(), "city", "已转市农业农村局")),
                service.get(raised.id()).steps());
        assertEquals(START, closed.raisedAt());
        assertEquals(List.of(2L, 3L, 4L, 5L), List.of(assigned.version(), toUnit.version(), toCity.version(),
                closed.version()));
        assertEquals(5, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'CoordinationRequest'"
                + " AND entity_id = '" + raised.id() + "'"));
    }

    // --- overdue and search

    @Test
    void R_ESC_1_anOpenRequestIsOverdueAfterSevenDaysByDefault() {
        CoordinationRequest raised = service.raise(self, toTeam());
        CoordinationRequest ended = service.close(JZU, service.raise(self, toTeam()).id(), 1, "撤回");

        clock.advance(Duration.ofDays(7));
        assertFalse(service.get(raised.id()).overdue(), "exactly seven days is not yet overdue");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(service.get(raised.id()).overdue());
        assertFalse(service.get(ended.id()).overdue(), "an ended request is never overdue");

        CoordinationRequest assigned = service.assign(JZU, raised.id(), raised.version(), List.of(helperA), null);
        CoordinationRequest escalated = service.escalate(JZU, assigned.id(), assigned.version(), "city", "超期");
        assertTrue(assigned.overdue(), "assigning does not restart the clock");
        assertTrue(escalated.overdue(), "neither does escalating");
        assertFalse(service.resolve(CITY, escalated.id(), escalated.version(), "已解决").overdue());
    }

    @Test
    void R_ESC_1_theOverdueDaysAreConfigurable() {
        service.configure(Map.of("requestOverdueDays", " 3 "));
        CoordinationRequest raised = service.raise(self, toTeam());

        clock.advance(Duration.ofDays(3).plusMinutes(1));

        assertTrue(service.get(raised.id()).overdue());
        assertEquals(List.of(raised.id()), ids(new RequestFilter(null, null, null, null, true)));
        service.configure(Map.of("requestOverdueDays", 4));
        assertFalse(service.get(raised.id()).overdue());
        assertEquals(List.of(), ids(new RequestFilter(null, null, null, null, true)));
    }

    @Test
    void R_ESC_1_badOverdueDaysKeepTheDefault() {
        List<Map<String, Object>> bad = List.of(Map.of("requestOverdueDays", "0"), Map.of("requestOverdueDays", -2),
                Map.of("requestOverdueDays", "a week"), Map.of("requestOverdueDays", "7.5"), new HashMap<>());
        for (Map<String, Object> config : bad) {
            assertEquals(RequestServiceImpl.DEFAULT_OVERDUE_DAYS, RequestServiceImpl.overdueDays(config),
                    config.toString());
        }
        assertEquals(RequestServiceImpl.DEFAULT_OVERDUE_DAYS, RequestServiceImpl.overdueDays(null));

        service.configure(Map.of("requestOverdueDays", "2"));
        service.configure(Map.of("requestOverdueDays", "zero"));
        CoordinationRequest raised = service.raise(self, toTeam());
        clock.advance(Duration.ofDays(3));
        assertFalse(service.get(raised.id()).overdue(), "back to seven days, not two");
    }

    @Test
    void R_ESC_1_overdueOpenRequestsAreListedForWhoeverHoldsThem() {
        CoordinationRequest old = service.raise(self, toTeam());
        CoordinationRequest oldAtUnit = service.raise(self, toUnit());
        CoordinationRequest oldEnded = service.close(HPU, service.raise(self, toUnit()).id(), 1, "撤回");
        clock.advance(Duration.ofDays(6));
        CoordinationRequest recent = service.raise(self, toTeam());
        clock.advance(Duration.ofDays(2));

        assertEquals(List.of(oldAtUnit.id(), old.id()), ids(new RequestFilter(null, null, null, null, true)));
        assertEquals(List.of(old.id()), ids(new RequestFilter(null, null, null, Holder.team(team.id()), true)));
        assertEquals(List.of(recent.id(), old.id()), ids(new RequestFilter(null, null, null, Holder.team(team.id()),
                null)));
        assertEquals(List.of(recent.id(), oldEnded.id(), oldAtUnit.id(), old.id()),
                ids(new RequestFilter(null, null, null, null, false)));
        assertTrue(service.search(new RequestFilter(null, null, null, null, true), PageRequest.first()).items()
                .stream().allMatch(CoordinationRequest::overdue));
    }

    @Test
    void searchFiltersBySpecialistCountyAndStatus() {
        CoordinationRequest mine = service.raise(self, toTeam());
        CoordinationRequest xiuwu = service.raise(self, new RequestDraft(raiser, "xiuwu", null, null, PROBLEM, null));
        CoordinationRequest others = service.raise(CITY, new RequestDraft(outsider, "wuzhi", null, null, PROBLEM,
                null));
        CoordinationRequest closed = service.close(HPU, xiuwu.id(), xiuwu.version(), "撤回");

        assertEquals(List.of(xiuwu.id(), mine.id()), ids(new RequestFilter(raiser, null, null, null, null)));
        assertEquals(List.of(others.id(), mine.id()), ids(new RequestFilter(null, "wuzhi", null, null, null)));
        assertEquals(List.of(closed.id()), ids(new RequestFilter(null, null, RequestStatus.CLOSED, null, null)));
        assertEquals(List.of(others.id(), closed.id()), ids(new RequestFilter(null, null, null, Holder.unit("hpu"), null)));
        assertEquals(3, service.search(null, new PageRequest(1, 2)).total());
        assertEquals("郭明亮", service.get(others.id()).specialistName());
    }

    private List<Long> ids(RequestFilter filter) {
        return service.search(filter, PageRequest.first()).items().stream().map(CoordinationRequest::id).toList();
    }
}
