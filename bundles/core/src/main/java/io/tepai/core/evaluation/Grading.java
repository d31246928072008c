package io.tepai.core.evaluation;

import io.tepai.spi.evaluation.Grade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Ranks the subjects of a round and grades them from the score bands; {@link ExcellentCap} then holds excellent to
 * its quota (R-EVAL-3).
 *
 * <p>The order, documented for every evaluator: the higher total first; on equal totals the higher performance of
 * duties score (工作履职), then the higher satisfaction score, then more confirmed field days, then the lower
 * subject key (a specialist's or team's id: the longer-serving record). The order is total, so two computations
 * of the same data always rank and grade alike.
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
        List<Grade> computed = ranked.stream().map(s -> settings.band(s.total())).toList();
        List<ExcellentCap.Candidate> candidates = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            candidates.add(new ExcellentCap.Candidate(computed.get(i), ranked.get(i).adjusted()));
        }
        List<ExcellentCap.Capped> capped = settings.cap().apply(candidates);
        List<Graded> graded = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            graded.add(new Graded(ranked.get(i).key(), i + 1, computed.get(i), capped.get(i).grade(),
                    capped.get(i).note()));
        }
        return graded;
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
