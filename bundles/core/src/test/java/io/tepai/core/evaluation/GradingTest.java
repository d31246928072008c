package io.tepai.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.evaluation.CriterionLine;
import io.tepai.api.evaluation.LineStatus;
import io.tepai.spi.evaluation.Grade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GradingTest {

    private static final EvaluationSettings DEFAULTS = EvaluationSettings.DEFAULTS;

    private static Grading.Scored scored(String key, String total) {
        return new Grading.Scored(key, new BigDecimal(total), null, null, BigDecimal.ZERO, null);
    }

    private static Map<String, Grading.Graded> byKey(List<Grading.Graded> graded) {
        return graded.stream().collect(Collectors.toMap(Grading.Graded::key, g -> g));
    }

    @Test
    void R_EVAL_3_bandsFromConfiguredScores() {
        EvaluationSettings settings = EvaluationSettings.from(Map.of("band.excellent", "85", "band.good", "75",
                "band.pass", "50"));
        assertEquals(Grade.EXCELLENT, settings.band(new BigDecimal("85")));
        assertEquals(Grade.GOOD, settings.band(new BigDecimal("84.99")));
        assertEquals(Grade.PASS, settings.band(new BigDecimal("50")));
        assertEquals(Grade.FAIL, settings.band(new BigDecimal("49.99")));
        assertEquals(Grade.EXCELLENT, DEFAULTS.band(new BigDecimal("90")));
        assertEquals(Grade.GOOD, DEFAULTS.band(new BigDecimal("89.99")));
    }

    @Test
    void R_EVAL_3_aShareAboveFifteenPercentOrBandsOutOfOrderFallBackToDefaults() {
        EvaluationSettings settings = EvaluationSettings.from(Map.of("excellentShare", "0.3", "band.good", "95",
                "weight.duties", "abc"));
        assertEquals(0, new BigDecimal("0.15").compareTo(settings.excellentShare()));
        assertEquals(0, new BigDecimal("80").compareTo(settings.goodFrom()), "good may not be above excellent");
        assertEquals(30, settings.weights().get("duties"));
    }

    @Test
    void R_EVAL_3_aLoneLowExcellentBandPullsTheDefaultsBelowIt() {
        EvaluationSettings settings = EvaluationSettings.from(Map.of("band.excellent", "70"));
        assertTrue(settings.goodFrom().compareTo(new BigDecimal("70")) <= 0);
        assertTrue(settings.passFrom().compareTo(settings.goodFrom()) <= 0);
    }

    @Test
    void R_EVAL_3_twentySubjectsAllAboveTheBandGiveAtMostThreeExcellent() {
        List<Grading.Scored> subjects = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            subjects.add(scored(String.valueOf(i), String.valueOf(90 + i * 0.25)));
        }
        List<Grading.Graded> graded = Grading.grade(subjects, DEFAULTS);
        assertEquals(3, graded.stream().filter(g -> g.grade() == Grade.EXCELLENT).count());
        assertEquals(List.of("20", "19", "18"), graded.stream().filter(g -> g.grade() == Grade.EXCELLENT)
                .map(Grading.Graded::key).toList(), "the best three by total");
        List<Grading.Graded> capped = graded.stream().filter(g -> !g.capNote().isEmpty()).toList();
        assertEquals(17, capped.size(), "every subject moved down records it");
        assertTrue(capped.stream().allMatch(g -> g.computed() == Grade.EXCELLENT && g.grade() == Grade.GOOD));
        assertTrue(capped.get(0).capNote().contains("R-EVAL-3") && capped.get(0).capNote().contains("ranked 4"));
    }

    @Test
    void R_EVAL_3_tiesAreBrokenByDutiesThenSatisfactionThenFieldDaysThenKey() {
        BigDecimal top = new BigDecimal("95");
        List<Grading.Scored> subjects = List.of(
                new Grading.Scored("5", top, new BigDecimal("80"), new BigDecimal("90"), new BigDecimal("40"), null),
                new Grading.Scored("4", top, new BigDecimal("90"), new BigDecimal("70"), new BigDecimal("10"), null),
                new Grading.Scored("3", top, new BigDecimal("80"), new BigDecimal("95"), new BigDecimal("10"), null),
                new Grading.Scored("2", top, new BigDecimal("80"), new BigDecimal("90"), new BigDecimal("50"), null),
                new Grading.Scored("12", top, new BigDecimal("80"), new BigDecimal("90"), new BigDecimal("50"), null),
                scored("6", "60"), scored("7", "61"));
        List<String> expected = List.of("4", "3", "2", "12", "5", "7", "6");
        for (int attempt = 0; attempt < 5; attempt++) {
            List<Grading.Scored> shuffled = new ArrayList<>(subjects);
            Collections.shuffle(shuffled, new Random(attempt));
            List<Grading.Graded> graded = Grading.grade(shuffled, DEFAULTS);
            assertEquals(expected, graded.stream().map(Grading.Graded::key).toList(), "same order every time");
            assertEquals(1, graded.stream().filter(g -> g.grade() == Grade.EXCELLENT).count(), "7 subjects: 1");
            assertEquals("4", graded.get(0).key());
        }
    }

    @Test
    void R_EVAL_3_smallRoundsHaveNoExcellentPlaceBelowSevenSubjects() {
        List<Grading.Scored> six = List.of(scored("1", "99"), scored("2", "98"), scored("3", "70"),
                scored("4", "65"), scored("5", "50"), scored("6", "40"));
        Map<String, Grading.Graded> graded = byKey(Grading.grade(six, DEFAULTS));
        assertEquals(Grade.GOOD, graded.get("1").grade());
        assertEquals(Grade.EXCELLENT, graded.get("1").computed());
        assertEquals(Grade.PASS, graded.get("3").grade());
        assertEquals(Grade.FAIL, graded.get("6").grade());
        assertEquals(6, graded.get("6").rank());
    }

    @Test
    void R_EVAL_3_anExcellentSetByHandTakesAPlaceFirst() {
        List<Grading.Scored> subjects = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            subjects.add(scored(String.valueOf(i), String.valueOf(80 + i)));
        }
        subjects.set(0, new Grading.Scored("1", new BigDecimal("81"), null, null, BigDecimal.ZERO, Grade.EXCELLENT));
        Map<String, Grading.Graded> graded = byKey(Grading.grade(subjects, DEFAULTS));
        assertEquals(Grade.EXCELLENT, graded.get("1").grade(), "the adjustment stands");
        assertEquals(Grade.GOOD, graded.get("1").computed());
        assertEquals(Grade.GOOD, graded.get("13").grade(), "13 subjects: one place, taken by the adjustment");
        assertTrue(graded.get("13").capNote().contains("R-EVAL-3"));
    }

    private static CriterionLine line(String id, LineStatus status, String score) {
        return new CriterionLine(id, id, id, Scoring.BUILT_IN, 10, BigDecimal.ZERO, score == null ? null
                : new BigDecimal(score), status, status.name());
    }

    private static CriterionLine line(String id, LineStatus status) {
        return line(id, status, status == LineStatus.SCORED ? (id.equals("duties") ? "80" : "90") : null);
    }

    /**
     * Issue 11.1: a specialist whose only confirmed log carries no rating has a satisfaction line NOT_SCORED (no
     * score); grading such a subject threw a NullPointerException and the whole round answered 500. Every
     * combination of a scored, not scored and failed duties and satisfaction line is graded; on equal totals a
     * subject without a score on a tie-break ranks after those with one.
     */
    @Test
    void R_EVAL_3_everyCombinationOfScoredNotScoredAndFailedTieBreakLinesIsGradedWithoutScoresLast() {
        List<LineStatus> statuses = List.of(LineStatus.SCORED, LineStatus.NOT_SCORED, LineStatus.FAILED);
        List<Grading.Scored> subjects = new ArrayList<>();
        Map<String, String> combination = new HashMap<>();
        int key = 1;
        for (LineStatus duties : statuses) {
            for (LineStatus satisfaction : statuses) {
                List<CriterionLine> lines = List.of(line("duties", duties), line("satisfaction", satisfaction),
                        line("wuzhi-local", LineStatus.FAILED, null));
                Scoring.Scored scored = new Scoring.Scored(lines, new BigDecimal("95.00"));
                assertEquals(duties == LineStatus.SCORED ? new BigDecimal("80.00") : null, scored.scoreOf("duties"));
                assertEquals(satisfaction == LineStatus.SCORED ? new BigDecimal("90.00") : null,
                        scored.scoreOf("satisfaction"));
                assertEquals(null, scored.scoreOf("wuzhi-local"), "a failed line has no score");
                subjects.add(scored.forGrading(String.valueOf(key), BigDecimal.ZERO, null));
                combination.put(String.valueOf(key), duties + "/" + satisfaction);
                key++;
            }
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            List<Grading.Scored> shuffled = new ArrayList<>(subjects);
            Collections.shuffle(shuffled, new Random(attempt));
            List<Grading.Graded> graded = Grading.grade(shuffled, DEFAULTS);
            // 1 = SCORED/SCORED; then scored duties without satisfaction (2, 3); then satisfaction only (4, 7);
            // then neither, by key
            assertEquals(List.of("1", "2", "3", "4", "7", "5", "6", "8", "9"),
                    graded.stream().map(Grading.Graded::key).toList(), combination.toString());
            assertEquals(1, graded.stream().filter(g -> g.grade() == Grade.EXCELLENT).count(), "9 subjects: 1");
            assertEquals(Grade.EXCELLENT, graded.get(0).grade());
            assertTrue(graded.stream().skip(1).allMatch(g -> g.grade() == Grade.GOOD
                    && g.capNote().contains("R-EVAL-3")), "the others are capped, whatever they lack");
        }
    }

    @Test
    void R_EVAL_3_aSubjectWithNothingScoredIsGradedFromATotalOfZero() {
        Scoring.Scored nothing = new Scoring.Scored(List.of(line("duties", LineStatus.NOT_SCORED),
                line("satisfaction", LineStatus.NOT_SCORED), line("local", LineStatus.FAILED, null)),
                new BigDecimal("0.00"));
        List<Grading.Graded> graded = Grading.grade(List.of(nothing.forGrading("1", BigDecimal.ZERO, null),
                scored("2", "70")), DEFAULTS);
        assertEquals(List.of("2", "1"), graded.stream().map(Grading.Graded::key).toList());
        assertEquals(Grade.FAIL, graded.get(1).grade());
    }
}
