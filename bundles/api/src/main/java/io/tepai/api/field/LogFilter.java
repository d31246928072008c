package io.tepai.api.field;

import java.time.LocalDate;

/**
 * Filters for listing service logs; null values do not filter.
 *
 * @param from logs ending on or after this day
 * @param to   logs starting on or before this day
 */
public record LogFilter(Long specialistId, String county, String unit, Long recipientId, LogStatus status,
                        LocalDate from, LocalDate to) {

    public static final LogFilter ALL = new LogFilter(null, null, null, null, null, null, null);
}
