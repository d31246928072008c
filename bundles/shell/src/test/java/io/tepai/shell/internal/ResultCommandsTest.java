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
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.evaluation.Adjustment;
import io.tepai.api.evaluation.EvaluationService;
import io.tepai.api.evaluation.ResultFilter;
import io.tepai.spi.evaluation.Grade;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.security.auth.Subject;
import org.junit.jupiter.api.Test;

/** tepai:results, result, result-adjust and result-inputs. */
class ResultCommandsTest {

    private static final Subject WUZHI = SignedIn.subject("wuzhi", "county", "county:wuzhi", "ssh");
    private static final Actor WUZHI_ACTOR = SignedIn.actor("wuzhi", "county", "county:wuzhi", "ssh");
    private static final Adjustment DOWN = new Adjustment(Grade.GOOD, Grade.PASS, "服务对象投诉经核实", "wuzhi",
            Instant.parse("2026-12-03T02:00:00.123Z"));

    private final EvaluationService service = mock(EvaluationService.class);

    @Test
    void resultsShowRankGradesInChineseAndWhyAGradeIsNotTheComputedOne() {
        ResultsCommand command = new ResultsCommand();
        command.evaluations = service;
        command.round = 3L;
        command.grade = "good";
        when(service.results(any(), eq(new ResultFilter(3L, null, null, null, null, Grade.GOOD)),
                eq(PageRequest.first()))).thenReturn(new Page<>(List.of(Samples.result(41, null),
                        Samples.result(42, DOWN)), 2, 1, 20));

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("", console.err());
        List<String> lines = console.lines();
        assertEquals(List.of("Id", "Round", "Rank", "Subject", "Unit", "County", "Total", "Computed", "Grade",
                "Marker"), Console.cells(lines.get(0)));
        assertEquals(List.of("41", "3", "4", "李华 (7)", "hpu", "wuzhi", "88.50", "优秀", "良好", "cap"),
                Console.cells(lines.get(2)));
        assertEquals("cap, adjusted", Console.cells(lines.get(3)).get(9));
        assertEquals("Page 1 of 1 (2 results)", lines.get(4));
    }

    @Test
    void resultsWithAnUnknownGradeNamesTheGrades() {
        ResultsCommand command = new ResultsCommand();
        command.evaluations = service;
        command.grade = "优秀";

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("Error: grade: '优秀' is not one of EXCELLENT, GOOD, PASS, FAIL", console.err().strip());
        verifyNoInteractions(service);
    }

    @Test
    void resultShowsEveryLineTheCapInputsAndAdjustment() {
        ResultCommand command = new ResultCommand();
        command.evaluations = service;
        command.id = 42;
        when(service.result(WUZHI_ACTOR, 42)).thenReturn(Samples.result(42, DOWN));

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("", console.err());
        String out = console.out();
        List<String> lines = console.lines();
        assertEquals(List.of("Subject", "SPECIALIST 李华 (7)"), Console.cells(lines.get(2)));
        assertEquals(List.of("Total", "88.50"), Console.cells(lines.get(6)));
        assertEquals(List.of("Computed grade", "优秀"), Console.cells(lines.get(7)));
        assertEquals(List.of("Grade", "良好"), Console.cells(lines.get(8)));
        assertTrue(out.contains("moved down from 优秀 by the 15% cap: 4th of 20, quota 3"), out);
        assertTrue(out.contains("organisation=85.00, publicity=70.50"), out);
        assertTrue(out.contains("良好 → 合格 by wuzhi at 2026-12-03T02:00:00Z: 服务对象投诉经核实"), out);
        int breakdown = lines.indexOf("Breakdown: 2 criteria");
        assertEquals(List.of("Criterion", "Name", "Source", "Weight", "Share", "Score", "Status", "Explanation"),
                Console.cells(lines.get(breakdown + 1)));
        assertEquals(List.of("duties", "履职情况", "built-in", "30", "75%", "92.00", "SCORED",
                "32 confirmed field days against 30"), Console.cells(lines.get(breakdown + 3)));
        // a failed plug-in shows no score, no share, and why
        assertEquals(List.of("wuzhi-demo-bases", "示范基地建设", "io.tepai.plugin.wuzhi", "10", "0%", "", "FAILED",
                "timed out after 2000 ms"), Console.cells(lines.get(breakdown + 4)));
    }

    @Test
    void resultWithoutAnythingOptionalSaysNone() {
        assertEquals("(none)", ResultCommand.inputs(Map.of()));
        assertEquals("(none)", ResultCommand.adjustment(null));
    }

    @Test
    void adjustJoinsTheReasonsWordsAndActsOnTheVersionJustRead() {
        ResultAdjustCommand command = new ResultAdjustCommand();
        command.evaluations = service;
        command.id = 42;
        command.grade = "pass";
        command.reason = List.of("服务对象投诉经核实,", "降一档");
        when(service.result(WUZHI_ACTOR, 42)).thenReturn(Samples.result(42, null));
        when(service.adjust(WUZHI_ACTOR, 42, 6, Grade.PASS, "服务对象投诉经核实, 降一档"))
                .thenReturn(Samples.result(42, new Adjustment(Grade.GOOD, Grade.PASS, "服务对象投诉经核实, 降一档",
                        "wuzhi", Instant.parse("2026-12-03T02:00:00Z"))));

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("", console.err());
        assertEquals("Result 42 (李华 (7)): 良好 → 合格 by wuzhi at 2026-12-03T02:00:00Z: 服务对象投诉经核实, 降一档",
                console.out().strip());
    }

    @Test
    void adjustBeyondTheExcellentQuotaIsTheRulesErrorLine() {
        ResultAdjustCommand command = new ResultAdjustCommand();
        command.evaluations = service;
        command.id = 42;
        command.grade = "EXCELLENT";
        command.reason = List.of("成绩突出");
        when(service.result(WUZHI_ACTOR, 42)).thenReturn(Samples.result(42, null));
        when(service.adjust(any(), anyLong(), anyLong(), any(), any())).thenThrow(new RuleViolationException(
                "R-EVAL-3", "round 3 already has its 3 excellent subjects (15% of 20)"));

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("Error: R-EVAL-3: round 3 already has its 3 excellent subjects (15% of 20)",
                console.err().strip());
    }

    @Test
    void adjustToAnUnknownGradeReadsNothing() {
        ResultAdjustCommand command = new ResultAdjustCommand();
        command.evaluations = service;
        command.id = 42;
        command.grade = "best";
        command.reason = List.of("x");

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("Error: grade: 'best' is not one of EXCELLENT, GOOD, PASS, FAIL", console.err().strip());
        verifyNoInteractions(service);
    }

    @Test
    void inputsAreMergedWithThoseSetAndAnEmptyValueRemovesOne() {
        ResultInputsCommand command = new ResultInputsCommand();
        command.evaluations = service;
        command.id = 42;
        command.inputs = List.of("organisation=90", "publicity=", "duties=77.5");
        when(service.result(WUZHI_ACTOR, 42)).thenReturn(Samples.result(42, null));
        Map<String, BigDecimal> expected = Map.of("organisation", new BigDecimal("90"), "duties",
                new BigDecimal("77.5"));
        when(service.setInputs(WUZHI_ACTOR, 42, 6, expected)).thenReturn(Samples.result(42, null));

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("", console.err());
        verify(service).setInputs(WUZHI_ACTOR, 42, 6, expected);
        assertTrue(console.out().strip().endsWith("; compute round 3 again"), console.out());
    }

    @Test
    void inputsThatAreNotNumbersAreNamedAndNothingIsRead() {
        ResultInputsCommand command = new ResultInputsCommand();
        command.evaluations = service;
        command.id = 42;
        command.inputs = List.of("organisation=high", "85");

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("Error: organisation: 'high' is not a number; 85: is not name=value, e.g. organisation=85",
                console.err().strip());
        verifyNoInteractions(service);
        verify(service, never()).setInputs(any(), anyLong(), anyLong(), any());
    }
}
