package io.tepai.api.roster;

/** Where a specialist stands on next year's roster (R-REC-4, R-EVAL-4). */
public enum RosterOutcome {
    /** Renewed first: excellent or good in a published evaluation. */
    PRIORITY_RENEWAL,
    /** Renewed after the city office's review. */
    RENEWAL_BY_REVIEW,
    /** Leaves the programme: becomes EXITED when the roster is confirmed. */
    EXIT
}
