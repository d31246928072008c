package io.tepai.api.evaluation;

/** Where a round is in its life: draft → computed → reviewed → published. Published is final. */
public enum RoundStatus {
    DRAFT, COMPUTED, REVIEWED, PUBLISHED
}
