package io.tepai.api.funding;

/** What one line of the ledger sums over. */
public enum LedgerGroup {
    /** one line per budget; {@code budgeted} is its amount */
    BUDGET,
    /** one line per team with allocations */
    TEAM,
    /** one line per specialist with allocations */
    SPECIALIST,
    /** one line per county where money is spent; {@code budgeted} is the county's own budget */
    COUNTY,
    /** one line per dispatching unit; {@code budgeted} is the unit's own budget */
    UNIT
}
