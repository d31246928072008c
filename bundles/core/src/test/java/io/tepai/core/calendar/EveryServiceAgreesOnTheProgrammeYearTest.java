package io.tepai.core.calendar;

import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.COUNTY_LEADER;
import static io.tepai.core.testing.Organisation.LIAISON;
import static io.tepai.core.testing.Organisation.UNIT_LEADER;
import static io.tepai.core.testing.Organisation.WUZHI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.PageRequest;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.dispatch.Assignment;
import io.tepai.api.dispatch.AssignmentDraft;
import io.tepai.api.dispatch.Coverage;
import io.tepai.api.dispatch.Coverage.CoveringTeam;
import io.tepai.api.dispatch.Squad;
import io.tepai.api.dispatch.SquadMember;
import io.tepai.api.evaluation.CriterionLine;
import io.tepai.api.evaluation.EvaluationResult;
import io.tepai.api.evaluation.ResultFilter;
import io.tepai.api.evaluation.Round;
import io.tepai.api.evaluation.RoundDraft;
import io.tepai.api.field.Progress;
import io.tepai.api.field.ProgressFilter;
import io.tepai.api.specialist.ChainSegment;
import io.tepai.api.team.Agreement;
import io.tepai.api.team.AgreementDraft;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.Team;
import io.tepai.api.team.TeamDraft;
import io.tepai.api.team.TeamLevel;
import io.tepai.api.team.TeamStatus;
import io.tepai.core.dispatch.AssignmentServiceImpl;
import io.tepai.core.dispatch.CoverageServiceImpl;
import io.tepai.core.dispatch.SquadServiceImpl;
import io.tepai.core.evaluation.EvaluationServiceImpl;
import io.tepai.core.field.ProgressServiceImpl;
import io.tepai.core.team.TeamServiceImpl;
import io.tepai.core.testing.Modules;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.TestStore;
import io.tepai.core.tier.TierRegistry;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.store.entity.ServiceLogEntity;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.1: with {@code yearStart = 03-01}, 15 February 2027 lies in programme year 2026, and every service that
 * works by year reads it from the one calendar. The fixture lives in the weeks that decide it: a specialist
 * dispatched for the current year, service confirmed in February 2027 and an agreement in force from January 2027,
 * all of which belong to programme year 2026 and none to calendar year 2026.
 */
class EveryServiceAgreesOnTheProgrammeYearTest {

    private static final Instant FEBRUARY_15_2027 = Instant.parse("2027-02-15T04:00:00Z");

    private final ProgrammeCalendar calendar = new ProgrammeCalendarService(
            Clock.fixed(FEBRUARY_15_2027, ZoneOffset.UTC), MonthDay.of(3, 1));
    private TestStore db;
    private TierRegistry tiers;
    private Organisation.Specialists specialists;
    private TeamServiceImpl teams;
    private Assignment dispatch;
    private Agreement agreement;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        Organisation.units(db.store());
        tiers = Organisation.builtInTiers();
        specialists = new Organisation.Specialists(db.store(), tiers);
        teams = new TeamServiceImpl(db.store(), Map.of("minMembers", "1"));
        long specialist = specialists.active("李振华");
        dispatch = new AssignmentServiceImpl(db.store(), tiers, Modules.acceptingEveryTier()).create(CITY,
                new AssignmentDraft(specialist, "wuzhi", calendar.currentYear(), null, List.of(), List.of(), null));
        confirmedLog(specialist, LocalDate.of(2027, 2, 1), 3);
        agreement = agreementFrom(LocalDate.of(2027, 1, 1));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void onTheFifteenthOfFebruaryItIsProgrammeYear2026ForEveryService() {
        int year = calendar.currentYear();
        assertEquals(2026, year);
        assertEquals(2026, dispatch.year(), "assignments");

        Squad squad = new SquadServiceImpl(db.store(), calendar).get("wuzhi", year);
        assertEquals(List.of(dispatch.id()), squad.members().stream().map(SquadMember::assignmentId).toList(), "squads");
        assertEquals("agreement:" + agreement.id(), squad.captainSource(),
                "R-SQUAD-1: the agreement in force since January 2027 names the captain of the 2026 squad");

        Coverage coverage = new CoverageServiceImpl(db.store(), calendar).coverage(year);
        List<String> via = coverage.counties().stream().filter(c -> c.county().equals("wuzhi"))
                .flatMap(c -> c.industries().stream()).filter(i -> i.industry().equals("四大怀药"))
                .flatMap(i -> i.teams().stream()).map(CoveringTeam::via).toList();
        assertEquals(List.of("agreement:" + agreement.id()), via, "coverage (R-GOAL-1)");

        Progress progress = new ProgressServiceImpl(db.store(), tiers, calendar).progress(CITY, year,
                ProgressFilter.ALL);
        assertEquals(LocalDate.of(2026, 3, 1), progress.from(), "progress");
        assertEquals(LocalDate.of(2027, 2, 28), progress.to());
        assertEquals(LocalDate.of(2027, 2, 15), progress.asOf());
        assertEquals(0, new BigDecimal("3").compareTo(progress.specialists().get(0).fieldDays()),
                "R-SVC-2: February's service counts in 2026");

        EvaluationServiceImpl evaluation = new EvaluationServiceImpl(db.store(), tiers, calendar,
                Modules.acceptingEveryTier(), Map.of());
        Round round = evaluation.create(WUZHI, new RoundDraft(year, SubjectKind.SPECIALIST, "wuzhi"));
        evaluation.compute(WUZHI, round.id());
        EvaluationResult result = evaluation.results(WUZHI, new ResultFilter(round.id(), null, null, null, null, null),
                PageRequest.first()).items().get(0);
        CriterionLine duties = result.breakdown().stream().filter(l -> l.criterionId().equals("duties"))
                .findFirst().orElseThrow();
        assertTrue(duties.explanation().startsWith("确认服务 3 天"),
                "evaluation (R-EVAL-2) reads the same programme year: " + duties.explanation());
    }

    private void confirmedLog(long specialist, LocalDate start, int days) {
        db.store().write(repos -> {
            ServiceLogEntity log = new ServiceLogEntity(specialist, FEBRUARY_15_2027);
            log.setContent("wuzhi", Set.of(), start, start.plusDays(days - 1), BigDecimal.valueOf(days),
                    "TECHNICAL_GUIDANCE", "服务", Map.of());
            log.setStatus("CONFIRMED");
            log.setConfirmation("wuzhi", FEBRUARY_15_2027, 5, "");
            return repos.logs().add(log);
        });
    }

    /** An active city team on 四大怀药 with an agreement with 武陟县 in force from {@code termStart}. */
    private Agreement agreementFrom(LocalDate termStart) {
        Team team = teams.create(CITY, new TeamDraft("四大怀药产业服务团", "四大怀药", TeamLevel.CITY, null, "hpu",
                LocalDate.of(2026, 3, 1), LocalDate.of(2029, 2, 28), UNIT_LEADER));
        team = teams.addMember(CITY, team.id(), team.version(), specialists.active("王建国"), ChainSegment.PRODUCTION);
        team = teams.changeStatus(CITY, team.id(), team.version(), TeamStatus.ACTIVE);
        Agreement draft = teams.createAgreement(CITY, team.id(), new AgreementDraft("wuzhi", LocalDate.of(2026, 3, 1),
                termStart, LocalDate.of(2028, 12, 31), List.of("技术培训"), COUNTY_LEADER, LIAISON));
        return teams.changeAgreementStatus(CITY, team.id(), draft.id(), draft.version(), AgreementStatus.ACTIVE);
    }
}
