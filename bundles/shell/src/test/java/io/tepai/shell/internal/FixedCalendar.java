package io.tepai.shell.internal;

import io.tepai.api.calendar.ProgrammeCalendar;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;

/**
 * A programme calendar standing on one day, for the commands' default year; the years follow from the API's own
 * rules ({@link ProgrammeCalendar#yearOf}), so a command that asked anything else would show a different year.
 */
record FixedCalendar(LocalDate today, MonthDay yearStart) implements ProgrammeCalendar {

    /** 15 February 2027 with the programme year starting on 1 March: still programme year 2026 (issue 13). */
    static final FixedCalendar FEBRUARY_IN_A_MARCH_YEAR = new FixedCalendar(LocalDate.of(2027, 2, 15),
            MonthDay.of(3, 1));

    static FixedCalendar on(LocalDate today) {
        return new FixedCalendar(today, MonthDay.of(1, 1));
    }

    @Override
    public ZoneId zone() {
        return ZoneId.of("Asia/Shanghai");
    }
}
