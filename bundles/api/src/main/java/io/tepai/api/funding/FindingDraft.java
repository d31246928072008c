package io.tepai.api.funding;

/** What records the finding about one drawn allocation, and the follow-up decided. */
public record FindingDraft(Long allocationId, FindingKind finding, String note, String followUp) {
}
