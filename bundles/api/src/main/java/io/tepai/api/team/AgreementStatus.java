package io.tepai.api.team;

/** A service agreement's lifecycle: draft → active → ended. */
public enum AgreementStatus {
    /** Being negotiated; may still lack leaders. */
    DRAFT,
    /** Signed and in force; needs both co-leaders and the liaison lead (R-TEAM-3). */
    ACTIVE,
    /** Term over or ended early; kept for the record and for coverage of past years. */
    ENDED
}
