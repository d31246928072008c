package io.tepai.guard;

import io.tepai.spi.evaluation.CriterionScore;
import io.tepai.spi.evaluation.EvaluationCriterion;
import io.tepai.spi.evaluation.SubjectData;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How Tepai turns a criterion's answer into the line a result shows (R-EVAL-1), in one place for core's evaluation
 * and for the plug-in test kit's harness, so that an author's unit test sees exactly the line a round would show:
 * the call under the time limit, the range check, rounding half-up to two decimals, names cut at
 * {@value #MAX_NAME} and explanations at {@value #MAX_EXPLANATION} characters, a name that cannot be had shown as
 * the criterion's id.
 */
public final class CriterionLines {

    /** Tepai's default time limit of one criterion call ({@code criterionTimeoutMs} of {@code io.tepai.evaluation}). */
    public static final long DEFAULT_TIMEOUT_MS = 2000;
    static final int MAX_EXPLANATION = 500;
    static final int MAX_NAME = 120;

    /** How a line came out. */
    public enum Status {
        /** The criterion scored the subject. */
        SCORED,
        /** The criterion said the subject gives nothing to judge by; its weight goes to the others. */
        NOT_SCORED,
        /** The criterion threw, answered nothing or out of range, or ran out of time. */
        FAILED
    }

    /**
     * One criterion's line for one subject.
     *
     * @param score the score rounded to two decimals when {@link Status#SCORED}, else null
     */
    public record Line(String id, String nameZh, String nameEn, Status status, BigDecimal score,
                       String explanation) {

        /** As a result's breakdown shows it, e.g. "示范基地建设 (wuzhi-demo-bases): SCORED 75.00 — 本年度…". */
        @Override
        public String toString() {
            return nameZh + " (" + id + "): " + status + (score == null ? "" : " " + score.toPlainString()) + " — "
                    + explanation;
        }
    }

    private CriterionLines() {
    }

    /** Asks the criterion about one subject through {@code calls} (its time limit and failure isolation). */
    public static Line judge(String id, EvaluationCriterion criterion, SubjectData data, PluginCalls calls) {
        PluginCalls.Outcome<CriterionScore> outcome = calls.call(id, () -> criterion.score(data));
        String nameZh = name(calls.call(id, criterion::nameZh), id);
        String nameEn = name(calls.call(id, criterion::nameEn), id);
        if (outcome.failed()) {
            return failed(id, nameZh, nameEn, outcome.failure());
        }
        CriterionScore score = outcome.value();
        if (score == null) {
            return failed(id, nameZh, nameEn, "returned no score");
        }
        if (score.score() != null && (score.score().signum() < 0 || score.score().compareTo(CriterionScore.MAX) > 0)) {
            return failed(id, nameZh, nameEn, "returned a score outside 0..100");
        }
        return of(id, nameZh, nameEn, score);
    }

    /** The line of a score already had (Tepai's built-in dimensions): rounded and clipped, nothing checked. */
    public static Line of(String id, String nameZh, String nameEn, CriterionScore score) {
        return score.applies()
                ? new Line(id, nameZh, nameEn, Status.SCORED, score.score().setScale(2, RoundingMode.HALF_UP),
                        clip(score.explanation()))
                : new Line(id, nameZh, nameEn, Status.NOT_SCORED, null, clip(score.explanation()));
    }

    private static Line failed(String id, String nameZh, String nameEn, String why) {
        return new Line(id, nameZh, nameEn, Status.FAILED, null, clip("Criterion " + id + " failed: " + why));
    }

    private static String name(PluginCalls.Outcome<String> name, String fallback) {
        String value = name.failed() || name.value() == null ? "" : name.value().strip();
        return value.isEmpty() ? fallback : value.substring(0, Math.min(value.length(), MAX_NAME));
    }

    /** An explanation as shown: stripped, at most {@value #MAX_EXPLANATION} characters, never null. */
    public static String clip(String text) {
        String value = text == null ? "" : text.strip();
        return value.length() <= MAX_EXPLANATION ? value : value.substring(0, MAX_EXPLANATION - 1) + "…";
    }
}
