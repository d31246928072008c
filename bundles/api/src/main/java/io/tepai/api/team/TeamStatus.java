package io.tepai.api.team;

/** A team's lifecycle: forming → active → closed. */
public enum TeamStatus {
    /** Being put together; members may still be missing. */
    FORMING,
    /** Serving; its size stays within the bounds of R-TEAM-1. */
    ACTIVE,
    /** Term over or dissolved; kept for the record. */
    CLOSED
}
