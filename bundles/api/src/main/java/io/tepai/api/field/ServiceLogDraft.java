package io.tepai.api.field;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The editable fields of a service log; {@code endDate} null means a one-day log.
 *
 * @param industry the county's leading industry the service served, one of the county's list (R-GOAL-1), e.g.
 *                 {@code 四大怀药}; null or blank when the log names none
 */
public record ServiceLogDraft(Long specialistId, String county, List<Long> recipientIds, LocalDate startDate,
                              LocalDate endDate, BigDecimal fieldDays, LogKind kind, String description,
                              Map<String, BigDecimal> outcomes, String industry) {

    /** A log that names no leading industry. */
    public ServiceLogDraft(Long specialistId, String county, List<Long> recipientIds, LocalDate startDate,
                           LocalDate endDate, BigDecimal fieldDays, LogKind kind, String description,
                           Map<String, BigDecimal> outcomes) {
        this(specialistId, county, recipientIds, startDate, endDate, fieldDays, kind, description, outcomes, null);
    }
}
