package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.ForbiddenException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.evaluation.EvaluationService;
import io.tepai.api.evaluation.RoundDraft;
import io.tepai.api.evaluation.RoundFilter;
import io.tepai.api.evaluation.RoundStatus;
import io.tepai.spi.evaluation.SubjectKind;
import java.util.List;
import javax.security.auth.Subject;
import org.junit.jupiter.api.Test;

/** tepai:rounds, round-create, round-compute, round-review and round-publish. */
class RoundCommandsTest {

    private static final Subject WUZHI = SignedIn.subject("wuzhi", "county", "county:wuzhi", "ssh");
    private static final Actor WUZHI_ACTOR = SignedIn.actor("wuzhi", "county", "county:wuzhi", "ssh");

    private final EvaluationService service = mock(EvaluationService.class);

    @Test
    void roundsShowsGradeCountsInChineseAndWhichAreStale() {
        RoundsCommand command = new RoundsCommand();
        command.evaluations = service;
        command.year = 2026;
        command.kind = "specialist";
        command.county = "wuzhi";
        command.status = "computed";
        when(service.rounds(any(), eq(new RoundFilter(2026, SubjectKind.SPECIALIST, "wuzhi", RoundStatus.COMPUTED)),
                eq(PageRequest.first()))).thenReturn(new Page<>(List.of(
                        Samples.round(3, RoundStatus.COMPUTED, true, List.of()),
                        Samples.round(4, RoundStatus.COMPUTED, false, List.of())), 2, 1, 20));

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("", console.err());
        List<String> lines = console.lines();
        assertEquals(List.of("Id", "Year", "Kind", "Evaluator", "Status", "Subjects", "优秀", "良好", "合格", "不合格",
                "Stale"), Console.cells(lines.get(0)));
        // nobody failed: 0, not a blank
        assertEquals(List.of("3", "2026", "SPECIALIST", "county:wuzhi", "COMPUTED", "20", "3", "9", "8", "0", "yes"),
                Console.cells(lines.get(2)));
        assertEquals("", Console.cells(lines.get(3)).get(10));
        assertEquals("Page 1 of 1 (2 rounds)", lines.get(4));
    }

    @Test
    void roundsWithAnUnknownKindNamesTheKinds() {
        RoundsCommand command = new RoundsCommand();
        command.evaluations = service;
        command.kind = "village";

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("Error: kind: 'village' is not one of SPECIALIST, TEAM, COUNTY_WORK, UNIT", console.err().strip());
        verifyNoInteractions(service);
    }

    @Test
    void createDefaultsToTheProgrammeYearOfTheCalendar() {
        RoundCreateCommand command = new RoundCreateCommand();
        command.evaluations = service;
        // 15 February 2027, and the programme year starts on 1 March: a round for 2026
        command.calendar = FixedCalendar.FEBRUARY_IN_A_MARCH_YEAR;
        command.kind = "SPECIALIST";
        command.county = "wuzhi";
        when(service.create(WUZHI_ACTOR, new RoundDraft(2026, SubjectKind.SPECIALIST, "wuzhi")))
                .thenReturn(Samples.round(3, RoundStatus.DRAFT, false, List.of()));

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("", console.err());
        assertEquals("Created round 3: 2026 SPECIALIST, evaluated by county:wuzhi, DRAFT", console.out().strip());
    }

    @Test
    void createForAnotherYearAndACityRoundNamesNoCounty() {
        RoundCreateCommand command = new RoundCreateCommand();
        command.evaluations = service;
        command.calendar = FixedCalendar.FEBRUARY_IN_A_MARCH_YEAR;
        command.year = 2025;
        command.kind = "county-work";
        when(service.create(any(), eq(new RoundDraft(2025, SubjectKind.COUNTY_WORK, null))))
                .thenThrow(new ForbiddenException("city", "Only the city office evaluates counties' work"));

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("Error: Only the city office evaluates counties' work (needs city)", console.err().strip());
        assertEquals("", console.out());
    }

    @Test
    void computePrintsGradesQuotaAndProblems() {
        RoundComputeCommand command = new RoundComputeCommand();
        command.evaluations = service;
        command.id = 3;
        when(service.compute(WUZHI_ACTOR, 3)).thenReturn(Samples.round(3, RoundStatus.COMPUTED, false,
                List.of("criterion wuzhi-demo-bases failed for 2 subjects: timed out after 2000 ms")));

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("", console.err());
        assertEquals(List.of("Round 3: 2026 SPECIALIST, evaluated by county:wuzhi",
                "Status: COMPUTED",
                "Subjects: 20",
                "Grades: 优秀 3 (quota 3), 良好 9, 合格 8, 不合格 0",
                "Problems: 1",
                "  - criterion wuzhi-demo-bases failed for 2 subjects: timed out after 2000 ms"), console.lines());
    }

    @Test
    void reviewActsOnTheVersionJustReadAndSaysWhenStale() {
        RoundReviewCommand command = new RoundReviewCommand();
        command.evaluations = service;
        command.id = 3;
        when(service.round(WUZHI_ACTOR, 3)).thenReturn(Samples.round(3, RoundStatus.COMPUTED, false, List.of()));
        when(service.review(WUZHI_ACTOR, 3, 5)).thenReturn(Samples.round(3, RoundStatus.REVIEWED, false, List.of()));

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("", console.err());
        assertEquals("Status: REVIEWED", console.lines().get(1));
        assertEquals("Problems: (none)", console.lines().get(4));
        verify(service).review(WUZHI_ACTOR, 3, 5);
    }

    @Test
    void reviewOfAStaleRoundIsOneErrorLine() {
        RoundReviewCommand command = new RoundReviewCommand();
        command.evaluations = service;
        command.id = 3;
        when(service.round(WUZHI_ACTOR, 3)).thenReturn(Samples.round(3, RoundStatus.COMPUTED, true, List.of()));
        when(service.review(WUZHI_ACTOR, 3, 5)).thenThrow(
                new ConflictException("Round 3 has inputs changed since it was computed: compute it again"));

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("Error: Round 3 has inputs changed since it was computed: compute it again",
                console.err().strip());
        assertEquals("", console.out());
    }

    @Test
    void publishActsOnTheVersionJustRead() {
        RoundPublishCommand command = new RoundPublishCommand();
        command.evaluations = service;
        command.id = 3;
        when(service.round(WUZHI_ACTOR, 3)).thenReturn(Samples.round(3, RoundStatus.REVIEWED, false, List.of()));
        when(service.publish(WUZHI_ACTOR, 3, 5)).thenReturn(Samples.round(3, RoundStatus.PUBLISHED, false,
                List.of()));

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("Status: PUBLISHED", console.lines().get(1));
        verify(service).publish(WUZHI_ACTOR, 3, 5);
    }

    @Test
    void publishWithoutSignInReadsNothing() {
        RoundPublishCommand command = new RoundPublishCommand();
        command.evaluations = service;
        command.id = 3;

        Console console = Console.capture(command::execute);

        assertEquals("Error: sign in to use this command", console.err().strip());
        verifyNoInteractions(service);
    }

    @Test
    void publishOfAnotherCountysRoundPublishesNothing() {
        RoundPublishCommand command = new RoundPublishCommand();
        command.evaluations = service;
        command.id = 8;
        when(service.round(any(), eq(8L))).thenThrow(new ForbiddenException("county:xiuwu",
                "Only county 'xiuwu' or the city office may act on round 8"));

        Console console = SignedIn.run(WUZHI, command::execute);

        assertTrue(console.err().startsWith("Error: Only county 'xiuwu' or the city office may act on round 8 "
                + "(needs county:xiuwu)"), console.err());
        verify(service, never()).publish(any(), anyLong(), anyLong());
    }
}
