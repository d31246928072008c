package io.tepai.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgrammeCalendarServiceTest {

    @Test
    void fifteenthOfFebruaryBelongsToThePreviousYearWhenTheYearStartsInMarch() {
        Clock clock = Clock.fixed(Instant.parse("2027-02-15T04:00:00Z"), ZoneOffset.UTC);
        var calendar = new ProgrammeCalendarService(clock, MonthDay.of(3, 1));
        assertEquals(2026, calendar.currentYear());
        assertEquals(LocalDate.of(2026, 3, 1), calendar.firstDay(2026));
        assertEquals(LocalDate.of(2027, 2, 28), calendar.lastDay(2026));
        assertEquals(2027, calendar.yearOf(LocalDate.of(2027, 3, 1)));
    }

    @Test
    void todayIsBeijingTimeWhateverTheServerZone() {
        // 23:30 UTC on 31 December is 07:30 on 1 January in Jiaozuo
        Clock clock = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC);
        var calendar = ProgrammeCalendarService.calendarYear(clock);
        assertEquals(LocalDate.of(2027, 1, 1), calendar.today());
        assertEquals(2027, calendar.currentYear());
    }

    @Test
    void anInvalidYearStartKeepsTheFirstOfJanuary() {
        assertEquals(MonthDay.of(1, 1), ProgrammeCalendarService.parse("13-01"));
        assertEquals(MonthDay.of(1, 1), ProgrammeCalendarService.parse("02-29"));
        assertEquals(MonthDay.of(3, 1), ProgrammeCalendarService.parse(" 03-01 "));
        var calendar = new ProgrammeCalendarService(Map.of("yearStart", "garbage"));
        assertEquals(MonthDay.of(1, 1), calendar.yearStart());
    }

    @Test
    void theShareElapsedCountsTheDayItself() {
        var calendar = ProgrammeCalendarService.calendarYear(Clock.systemUTC());

        assertEquals(1.0 / 365, calendar.shareElapsed(2026, LocalDate.of(2026, 1, 1)), 1e-9);
        assertEquals(0.0, calendar.shareElapsed(2026, LocalDate.of(2025, 12, 31)), 1e-9);
        assertEquals(1.0, calendar.shareElapsed(2026, LocalDate.of(2027, 1, 1)), 1e-9);
        assertEquals(183.0 / 365, calendar.shareElapsed(2026, LocalDate.of(2026, 7, 2)), 1e-9);
    }

    @Test
    void theShareElapsedRunsOverTheProgrammeYearNotTheCalendarYear() {
        var calendar = new ProgrammeCalendarService(Clock.systemUTC(), MonthDay.of(3, 1));

        assertEquals(0.0, calendar.shareElapsed(2026, LocalDate.of(2026, 2, 28)), 1e-9);
        assertEquals(1.0 / 365, calendar.shareElapsed(2026, LocalDate.of(2026, 3, 1)), 1e-9);
        assertEquals(1.0, calendar.shareElapsed(2026, LocalDate.of(2027, 2, 28)), 1e-9);
    }

    @Test
    void aYearGivenWinsAndNoneMeansTheCurrentProgrammeYear() {
        Clock clock = Clock.fixed(Instant.parse("2027-02-15T04:00:00Z"), ZoneOffset.UTC);
        var calendar = new ProgrammeCalendarService(clock, MonthDay.of(3, 1));

        assertEquals(2026, calendar.yearOrCurrent(null));
        assertEquals(2024, calendar.yearOrCurrent(2024));
    }
}
