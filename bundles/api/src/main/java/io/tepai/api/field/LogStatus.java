package io.tepai.api.field;

/**
 * A service log's lifecycle: draft → submitted → confirmed, or returned with a comment and resubmitted. Only
 * confirmed logs count anywhere (progress, evaluation).
 */
public enum LogStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    CONFIRMED
}
