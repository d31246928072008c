package io.tepai.api.roster;

/** A roster is prepared (and prepared again, and adjusted) as a draft, then confirmed once. */
public enum RosterStatus {
    DRAFT,
    CONFIRMED
}
