package io.tepai.core.evaluation;

import io.tepai.spi.evaluation.Grade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Ranks the subjects of a round and grades them from the score bands, then holds excellent to its quota (R-EVAL-3).
 *
 * <p>The order, documented for every evaluator: the higher total first; on equal totals the higher performance of
 * duties score (工作履职), then the higher satisfaction score, then more confirmed field days, then the lower
 * subject key (a specialist's or team's id: the longer-serving record). The order is total, so two computations
 * of the same data always rank and grade alike.
 *
 * <p>Excellent grades set by hand count against the quota first (the evaluator decided them and gave reasons); the
 * remaining places go to the computed excellents in rank order. Every computed excellent beyond the quota becomes
 * good and keeps a note saying the cap moved it.
 */
final class Grading {

    /** One subject's computed total and what breaks ties; {@code adjusted} is a grade set by hand, or null. */
    record Scored(String key, BigDecimal total, BigDecimal duties, BigDecimal satisfaction, BigDecimal fieldDays,
                  Grade adjusted) {
        Scored {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(total, "total");
        }
    }

    /** Rank (1-based), the band's grade, the grade in force and why the cap moved it, if it did. */
    record Graded(String key, int rank, Grade computed, Grade grade, String capNote) {
    }

    static final Comparator<Scored> ORDER = Comparator.comparing(Scored::total, Comparator.reverseOrder())
            .thenComparing(Scored::duties, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Scored::satisfaction, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Scored::fieldDays, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Scored::key, Grading::compareKeys);

    private Grading() {
    }

    static List<Graded> grade(List<Scored> subjects, EvaluationSettings settings) {
        List<Scored> ranked = subjects.stream().sorted(ORDER).toList();
        int quota = settings.excellentQuota(ranked.size());
        long placesLeft = quota - ranked.stream().filter(s -> s.adjusted() == Grade.EXCELLENT).count();
        List<Graded> graded = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            Scored subject = ranked.get(i);
            int rank = i + 1;
            Grade computed = settings.band(subject.total());
            Grade grade = computed;
            String capNote = "";
            if (computed == Grade.EXCELLENT && subject.adjusted() == null) {
                if (placesLeft > 0) {
                    placesLeft--;
                } else {
                    grade = Grade.GOOD;
                    capNote = "R-EVAL-3: 优秀 is at most " + percent(settings) + " of the " + ranked.size()
                            + " subjects (" + quota + "); ranked " + rank + ", moved down to 良好";
                }
            }
            graded.add(new Graded(subject.key(), rank, computed,
                    subject.adjusted() == null ? grade : subject.adjusted(), capNote));
        }
        return graded;
    }

    private static String percent(EvaluationSettings settings) {
        return settings.excellentShare().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** Numeric keys (ids) numerically, others (codes) alphabetically, ids before codes. */
    static int compareKeys(String a, String b) {
        boolean numericA = a.chars().allMatch(Character::isDigit) && !a.isEmpty();
        boolean numericB = b.chars().allMatch(Character::isDigit) && !b.isEmpty();
        if (numericA && numericB) {
            return new BigDecimal(a).compareTo(new BigDecimal(b));
        }
        if (numericA != numericB) {
            return numericA ? -1 : 1;
        }
        return a.compareTo(b);
    }
}
