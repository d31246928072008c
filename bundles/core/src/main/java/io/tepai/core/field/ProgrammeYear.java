package io.tepai.core.field;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The programme (evaluation) year, which need not be the calendar year: year Y starts on {@code start} of Y and
 * ends the day before it comes round again. Configured as {@code yearStart = MM-dd} in {@code io.tepai.service}.
 */
record ProgrammeYear(MonthDay start) {

    static final ProgrammeYear CALENDAR = new ProgrammeYear(MonthDay.of(1, 1));
    private static final Logger LOG = LoggerFactory.getLogger(ProgrammeYear.class);

    static ProgrammeYear from(Map<String, ?> config) {
        Object value = config == null ? null : config.get("yearStart");
        if (value == null || value.toString().isBlank()) {
            return CALENDAR;
        }
        try {
            MonthDay start = MonthDay.parse("--" + value.toString().strip());
            if (start.getMonthValue() == 2 && start.getDayOfMonth() == 29) {
                throw new DateTimeParseException("February 29 is not in every year", value.toString(), 0);
            }
            return new ProgrammeYear(start);
        } catch (DateTimeParseException e) {
            LOG.warn("Ignoring yearStart={} in io.tepai.service: expected MM-dd such as 03-01; using 01-01", value);
            return CALENDAR;
        }
    }

    LocalDate first(int year) {
        return start.atYear(year);
    }

    LocalDate last(int year) {
        return first(year + 1).minusDays(1);
    }

    /** The programme year a day belongs to. */
    int of(LocalDate day) {
        return day.isBefore(first(day.getYear())) ? day.getYear() - 1 : day.getYear();
    }

    /** Share of year {@code year} elapsed on {@code day}, counting the day itself: 0 before it starts, 1 after. */
    double shareElapsed(int year, LocalDate day) {
        if (day.isBefore(first(year))) {
            return 0;
        }
        if (day.isAfter(last(year))) {
            return 1;
        }
        double total = ChronoUnit.DAYS.between(first(year), last(year)) + 1;
        return (ChronoUnit.DAYS.between(first(year), day) + 1) / total;
    }
}
