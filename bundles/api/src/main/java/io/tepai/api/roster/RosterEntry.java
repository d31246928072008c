package io.tepai.api.roster;

import io.tepai.api.evaluation.Renewal;
import java.time.Instant;
import java.util.List;

/**
 * One specialist on a roster with the inputs the outcome came from.
 *
 * @param servedCounties  the counties the specialist was dispatched to in the year before
 * @param evaluations     the published results of that year, e.g. "wuzhi 良好 GOOD → PRIORITY_RENEWAL (round 3)"
 * @param proposal        the evaluations' renewal proposal (the most cautious of several), null when not evaluated
 * @param wish            the specialist's wish, null when none was recorded
 * @param keepBy          the counties asking to keep the specialist
 * @param releaseBy       the counties asking to release the specialist
 * @param computedOutcome what the rule gives from the inputs
 * @param outcome         the outcome in force: the computed one, or the city office's adjustment
 * @param reasons         why, one line per input that counted
 */
public record RosterEntry(long id, int year, long specialistId, String specialistName, String unit,
                          List<String> servedCounties, List<String> evaluations, Renewal proposal, Wish wish,
                          List<String> keepBy, List<String> releaseBy, RosterOutcome computedOutcome,
                          RosterOutcome outcome, List<String> reasons, String adjustReason, String adjustedBy,
                          Instant adjustedAt, long version) {
}
