package io.tepai.api.evaluation;

/** How one criterion fared for one subject. */
public enum LineStatus {
    /** The criterion gave a score; it counts with its weight. */
    SCORED,
    /** The criterion had nothing to judge by (no data, no evaluator input); its weight went to the others. */
    NOT_SCORED,
    /** The criterion threw, returned garbage or ran out of time; its weight went to the others. */
    FAILED
}
