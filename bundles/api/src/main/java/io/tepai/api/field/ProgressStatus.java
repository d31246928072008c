package io.tepai.api.field;

/** Where a specialist stands against their tier's annual threshold (R-SVC-2). */
public enum ProgressStatus {
    /** The threshold is met (days or services; either suffices). */
    MET,
    /** Not met yet, but at least the share of the year elapsed is done on days or on services. */
    ON_TRACK,
    /** Behind the share of the year elapsed on both. */
    BEHIND,
    /** The tier sets no threshold (e.g. a unit's own tier). */
    NO_THRESHOLD
}
