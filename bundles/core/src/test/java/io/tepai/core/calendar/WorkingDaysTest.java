package io.tepai.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.calendar.ProgrammeCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R-REC-2: the public notice lasts N working days, counted on the configured working-day calendar. */
class WorkingDaysTest {

    /** 2026: Dragon Boat Festival 06-19..06-21, National Day 10-01..10-07, Saturday 10-10 worked in their place. */
    private final ProgrammeCalendar calendar = new ProgrammeCalendarService(Clock.systemUTC(),
            Map.of("holidays", "2026-06-19..2026-06-21, 2026-10-01..2026-10-07, not-a-date",
                    "workingDays", "2026-10-10"));

    @Test
    void R_REC_2_fiveWorkingDaysFromAFridaySkipTheWeekend() {
        assertEquals(LocalDate.of(2026, 12, 10), calendar.workingDaysEnd(LocalDate.of(2026, 12, 4), 5));
    }

    @Test
    void R_REC_2_aConfiguredHolidayOnAFridayAndTheWeekendAfterItDoNotCount() {
        // Thu 06-18 (1), Fri 06-19 holiday, weekend, Mon 06-22 (2) .. Thu 06-25 (5)
        assertEquals(LocalDate.of(2026, 6, 25), calendar.workingDaysEnd(LocalDate.of(2026, 6, 18), 5));
    }

    @Test
    void R_REC_2_anAdjustedWorkingSaturdayCounts() {
        // Wed 09-30 (1), 10-01..10-07 off, Thu 10-08 (2), Fri 10-09 (3), Sat 10-10 adjusted (4), Sun off, Mon 10-12 (5)
        assertEquals(LocalDate.of(2026, 10, 12), calendar.workingDaysEnd(LocalDate.of(2026, 9, 30), 5));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 10)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 11)));
    }

    @Test
    void R_REC_2_aNoticeStartingOnADayOffBeginsCountingOnTheNextWorkingDay() {
        // Sat 10-03 is in the holiday: Thu 10-08 (1) .. Mon 10-12 (4), Tue 10-13 (5)
        assertEquals(LocalDate.of(2026, 10, 13), calendar.workingDaysEnd(LocalDate.of(2026, 10, 3), 5));
        assertEquals(LocalDate.of(2026, 10, 8), calendar.workingDaysEnd(LocalDate.of(2026, 10, 3), 1));
    }

    @Test
    void withoutConfigurationOnlyWeekendsAreOff() {
        ProgrammeCalendar plain = ProgrammeCalendarService.calendarYear(Clock.systemUTC());
        assertTrue(plain.isWorkingDay(LocalDate.of(2026, 10, 1)));
        assertEquals(LocalDate.of(2026, 10, 7), plain.workingDaysEnd(LocalDate.of(2026, 10, 1), 5));
    }

    @Test
    void aPeriodLastsAtLeastOneWorkingDay() {
        assertThrows(IllegalArgumentException.class, () -> calendar.workingDaysEnd(LocalDate.of(2026, 10, 1), 0));
    }
}
