package io.tepai.core.roster;

import io.tepai.api.evaluation.Renewal;
import io.tepai.api.roster.RosterOutcome;
import io.tepai.api.roster.Wish;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * R-REC-4 (with R-EVAL-4): next year's roster from performance, the specialist's wish and the counties' needs.
 * <ul>
 *   <li>a specialist who wishes to leave leaves;</li>
 *   <li>a failed one leaves (the city office may still keep them by adjusting the entry, with a reason);</li>
 *   <li>excellent and good ones get priority for renewal, unless a county they served asks to release them — then
 *   the city office reviews the renewal;</li>
 *   <li>those who passed, or were not evaluated in a published round, are renewed by review, unless the counties
 *   they served ask only to release them (none to keep them): then they leave.</li>
 * </ul>
 */
public final class RosterRule {

    private RosterRule() {
    }

    /** The outcome and, one line per input that counted, why. */
    public record Decision(RosterOutcome outcome, List<String> reasons) {
        public Decision {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * @param proposal   the published evaluations' proposal (see {@link #cautious}), null when not evaluated
     * @param evaluated  the year the proposal comes from
     * @param wish       the specialist's wish, null when none was recorded (then they are taken to stay)
     * @param keepBy     counties asking to keep them
     * @param releaseBy  counties asking to release them
     */
    public static Decision decide(Renewal proposal, int evaluated, Wish wish, Collection<String> keepBy,
                                  Collection<String> releaseBy) {
        List<String> reasons = new ArrayList<>();
        reasons.add(proposal == null
                ? "no published evaluation of " + evaluated + ": renewal is reviewed"
                : "R-EVAL-4: the published evaluation of " + evaluated + " proposes " + proposal);
        if (wish != null) {
            reasons.add("the specialist wishes to " + (wish == Wish.STAY ? "stay" : "leave"));
        }
        if (!keepBy.isEmpty()) {
            reasons.add("asked to keep by " + String.join(", ", keepBy));
        }
        if (!releaseBy.isEmpty()) {
            reasons.add("asked to release by " + String.join(", ", releaseBy));
        }
        RosterOutcome outcome;
        if (wish == Wish.LEAVE) {
            outcome = RosterOutcome.EXIT;
            reasons.add("R-REC-4: leaves at their own wish");
        } else if (proposal == Renewal.EXIT) {
            outcome = RosterOutcome.EXIT;
            reasons.add("R-EVAL-4: failed, adjusted out");
        } else if (proposal == Renewal.PRIORITY_RENEWAL) {
            outcome = releaseBy.isEmpty() ? RosterOutcome.PRIORITY_RENEWAL : RosterOutcome.RENEWAL_BY_REVIEW;
            reasons.add(releaseBy.isEmpty() ? "R-EVAL-4: excellent or good, renewed first"
                    : "R-REC-4: excellent or good, but a county no longer needs them: renewal is reviewed");
        } else if (!releaseBy.isEmpty() && keepBy.isEmpty()) {
            outcome = RosterOutcome.EXIT;
            reasons.add("R-REC-4: no county they served needs them any more");
        } else {
            outcome = RosterOutcome.RENEWAL_BY_REVIEW;
        }
        return new Decision(outcome, reasons);
    }

    /** Of several published proposals (one per county that evaluated the specialist), the most cautious. */
    public static Renewal cautious(Collection<Renewal> proposals) {
        Renewal most = null;
        for (Renewal proposal : proposals) {
            if (most == null || proposal.ordinal() > most.ordinal()) {
                most = proposal;
            }
        }
        return most;
    }
}
