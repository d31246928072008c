package io.tepai.api.field;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The editable fields of a service log; {@code endDate} null means a one-day log. */
public record ServiceLogDraft(Long specialistId, String county, List<Long> recipientIds, LocalDate startDate,
                              LocalDate endDate, BigDecimal fieldDays, LogKind kind, String description,
                              Map<String, BigDecimal> outcomes) {
}
