package io.tepai.core.field;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The programme year need not be the calendar year (issue: configurable evaluation year). */
class ProgrammeYearTest {

    @Test
    void theDefaultIsTheCalendarYear() {
        ProgrammeYear year = ProgrammeYear.from(Map.of());

        assertEquals(LocalDate.of(2026, 1, 1), year.first(2026));
        assertEquals(LocalDate.of(2026, 12, 31), year.last(2026));
        assertEquals(2026, year.of(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void aYearStartingInMarchBelongsToTheYearItStartsIn() {
        ProgrammeYear year = ProgrammeYear.from(Map.of("yearStart", "03-01"));

        assertEquals(LocalDate.of(2026, 3, 1), year.first(2026));
        assertEquals(LocalDate.of(2027, 2, 28), year.last(2026));
        assertEquals(2025, year.of(LocalDate.of(2026, 2, 28)));
        assertEquals(2026, year.of(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void theShareElapsedCountsTheDayItself() {
        ProgrammeYear year = ProgrammeYear.CALENDAR;

        assertEquals(1.0 / 365, year.shareElapsed(2026, LocalDate.of(2026, 1, 1)), 1e-9);
        assertEquals(0.0, year.shareElapsed(2026, LocalDate.of(2025, 12, 31)), 1e-9);
        assertEquals(1.0, year.shareElapsed(2026, LocalDate.of(2027, 1, 1)), 1e-9);
        assertEquals(183.0 / 365, year.shareElapsed(2026, LocalDate.of(2026, 7, 2)), 1e-9);
    }

    @Test
    void badStartsFallBackToTheCalendarYear() {
        assertEquals(MonthDay.of(1, 1), ProgrammeYear.from(Map.of("yearStart", "13-01")).start());
        assertEquals(MonthDay.of(1, 1), ProgrammeYear.from(Map.of("yearStart", "02-29")).start());
    }
}
