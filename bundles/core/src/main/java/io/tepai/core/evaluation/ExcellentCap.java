package io.tepai.core.evaluation;

import io.tepai.api.RuleViolationException;
import io.tepai.spi.evaluation.Grade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R-EVAL-3: excellent (优秀) is at most 15% of the subjects evaluated in a round, rounded down; an installation may
 * set a lower share, never a higher one. The one place the cap is decided: the quota, holding computed excellents
 * to it, and the checks when a grade is set by hand and before a round leaves the evaluator.
 *
 * <p>Excellent grades set by hand take quota places first (the evaluator decided them and gave reasons); the
 * remaining places go to the computed excellents in rank order. Every computed excellent beyond the quota becomes
 * good and keeps a note saying the cap moved it.
 *
 * @param share the most excellent as a share of the subjects, 0..{@link #MAX_SHARE}
 */
record ExcellentCap(BigDecimal share) {

    static final String RULE = "R-EVAL-3";
    /** The share as text, for the configuration's metadata. */
    static final String MAX_SHARE_TEXT = "0.15";
    static final double MAX_SHARE_VALUE = 0.15;
    static final BigDecimal MAX_SHARE = new BigDecimal(MAX_SHARE_TEXT);

    /** A subject in rank order: the grade its band gives, and a grade set by hand (or null). */
    record Candidate(Grade computed, Grade adjusted) {
    }

    /** The grade in force and, when the cap moved the subject down, why (empty otherwise). */
    record Capped(Grade grade, String note) {
    }

    ExcellentCap {
        if (share.signum() < 0 || share.compareTo(MAX_SHARE) > 0) {
            throw new IllegalArgumentException("excellent share " + share + " is outside 0.." + MAX_SHARE_TEXT);
        }
    }

    /** How many of {@code subjects} may be excellent, rounded down. */
    int quota(int subjects) {
        return share.multiply(BigDecimal.valueOf(subjects)).intValue();
    }

    /** The grades in force of all subjects of a round, given best first. */
    List<Capped> apply(List<Candidate> ranked) {
        int quota = quota(ranked.size());
        long placesLeft = quota - ranked.stream().filter(c -> c.adjusted() == Grade.EXCELLENT).count();
        List<Capped> capped = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            Candidate candidate = ranked.get(i);
            if (candidate.adjusted() != null) {
                capped.add(new Capped(candidate.adjusted(), ""));
            } else if (candidate.computed() != Grade.EXCELLENT) {
                capped.add(new Capped(candidate.computed(), ""));
            } else if (placesLeft > 0) {
                placesLeft--;
                capped.add(new Capped(Grade.EXCELLENT, ""));
            } else {
                capped.add(new Capped(Grade.GOOD, RULE + ": 优秀 is at most " + percent() + " of the " + ranked.size()
                        + " subjects (" + quota + "); ranked " + (i + 1) + ", moved down to 良好"));
            }
        }
        return capped;
    }

    private String percent() {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /**
     * Before a grade is set to excellent by hand: the round's quota must leave a place for it.
     *
     * @param alreadyByHand the other subjects of the round already excellent by hand
     */
    static void requirePlaceForHandSet(int quota, int subjects, long alreadyByHand) {
        if (alreadyByHand + 1 > quota) {
            throw new RuleViolationException(RULE, "Excellent is at most " + quota + " of the " + subjects
                    + " subjects in this round, and " + alreadyByHand + " are already excellent by adjustment");
        }
    }

    /** Before a round leaves the evaluator (review): the grades in force keep to the round's quota. */
    static void requireWithin(int quota, int subjects, long excellent) {
        if (excellent > quota) {
            throw new RuleViolationException(RULE, excellent + " subjects are excellent, but at most " + quota
                    + " of " + subjects + " may be; adjust grades before going on");
        }
    }
}
