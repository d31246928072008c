package io.tepai.api.demand;

/**
 * A demand's timeline: recorded as a draft, published with its county's table, matched when the county confirms one
 * expert, served once a dispatch of that expert serves it; or withdrawn at any step before it is served.
 */
public enum DemandStatus {
    /** Recorded by the county (or its workstation), not yet in the published table. */
    DRAFT,
    /** In the county's published table: experts may pick it and contact the recipient (R-DEM-1, R-DEM-2). */
    PUBLISHED,
    /** The county confirmed one candidate match (two-way selection, R-REC-3). */
    MATCHED,
    /** Served by the matched expert's dispatch to the county (an assignment). */
    SERVED,
    /** Withdrawn by the county, with a reason. */
    WITHDRAWN
}
