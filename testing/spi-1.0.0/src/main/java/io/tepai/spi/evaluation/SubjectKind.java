package io.tepai.spi.evaluation;

/** What an evaluation round evaluates (R-EVAL-2). */
public enum SubjectKind {
    /** Individual specialists, evaluated by the receiving county. */
    SPECIALIST,
    /** City industry service teams, evaluated by the city office. */
    TEAM,
    /** A county's specialist work, evaluated by the city office. */
    COUNTY_WORK,
    /** Dispatching units, evaluated by the city office. */
    UNIT
}
