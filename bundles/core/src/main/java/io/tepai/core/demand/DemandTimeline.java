package io.tepai.core.demand;

import io.tepai.api.RuleViolationException;
import io.tepai.api.demand.DemandStatus;

/**
 * The order of a demand's steps: recorded (draft) → published with the county's table (R-DEM-1) → experts' contacts
 * while published (R-DEM-2) → the county confirms one (R-REC-3) → the matched expert's dispatch serves it (R-REC-3);
 * withdrawn at any step before it is served. A step out of order is refused naming the rule it would break.
 */
final class DemandTimeline {

    private DemandTimeline() {
    }

    /** R-DEM-1: what the county recorded may be changed until one expert is confirmed for it. */
    static void requireEditable(long id, DemandStatus status) {
        if (status != DemandStatus.DRAFT && status != DemandStatus.PUBLISHED) {
            throw new RuleViolationException("R-DEM-1", "demand " + id + " is " + status + ": once an expert is "
                    + "confirmed for it, it is the demand they agreed to serve and is no longer changed");
        }
    }

    /** R-DEM-2: experts pick demands from the published table, and only until the county has confirmed one. */
    static void requireOpenForContact(long id, DemandStatus status) {
        if (status != DemandStatus.PUBLISHED) {
            throw new RuleViolationException("R-DEM-2", "demand " + id + " is " + status + ": experts pick "
                    + "demands from the county's published table, and only until the county confirms a match"
                    + (status == DemandStatus.DRAFT ? "; the county publishes its table first" : ""));
        }
    }

    /** R-REC-3: the county confirms one expert for a published demand, once. */
    static void requireConfirmable(long id, DemandStatus status) {
        if (status != DemandStatus.PUBLISHED) {
            throw new RuleViolationException("R-REC-3", "demand " + id + " is " + status + ": the county confirms "
                    + "one candidate match of a published demand (two-way selection), "
                    + switch (status) {
                        case DRAFT -> "after publishing its table and an expert's contact";
                        case MATCHED -> "and has already confirmed one";
                        default -> "and this demand is closed";
                    });
        }
    }

    /** R-REC-3: a demand is served by the dispatch of the expert confirmed for it. */
    static void requireServable(long id, DemandStatus status) {
        if (status != DemandStatus.MATCHED) {
            throw new RuleViolationException("R-REC-3", "demand " + id + " is " + status + ": a demand is served "
                    + "by the dispatch of the expert the county confirmed for it, so it must be MATCHED first");
        }
    }

    /** R-DEM-1: the county withdraws a demand from its table until it is served. */
    static void requireWithdrawable(long id, DemandStatus status) {
        if (status == DemandStatus.SERVED || status == DemandStatus.WITHDRAWN) {
            throw new RuleViolationException("R-DEM-1", "demand " + id + " is " + status + ": only a demand not yet "
                    + "served can be withdrawn from the county's table");
        }
    }
}
