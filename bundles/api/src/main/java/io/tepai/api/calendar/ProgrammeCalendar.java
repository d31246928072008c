package io.tepai.api.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The programme's calendar. Programme year Y starts on {@link #yearStart()} of Y and ends the day before it comes
 * round again; with the default start of 01-01 it is the calendar year. "Today" is today in {@link #zone()}
 * (Beijing time): at 07:00 on 1 January in Jiaozuo it is already the new day, whatever the server's zone.
 * Configured as {@code yearStart = MM-dd} in {@code etc/io.tepai.service.cfg}.
 *
 * <p>Working days: Monday to Friday, except the public holidays, plus the weekend days made working days in their
 * place (调休), both configured in {@code etc/io.tepai.calendar.cfg}. Periods the programme counts in working days (the
 * public notice of R-REC-2) are computed here.
 */
@ProviderType
public interface ProgrammeCalendar {

    /** The zone the programme runs on: Asia/Shanghai. */
    ZoneId zone();

    /** The first day of every programme year. */
    MonthDay yearStart();

    /** Today in the programme's zone. */
    LocalDate today();

    /** The programme year that contains today. */
    default int currentYear() {
        return yearOf(today());
    }

    /** The year a user named, or without one the current programme year: how every command and request defaults. */
    default int yearOrCurrent(Integer year) {
        return year != null ? year : currentYear();
    }

    /** The programme year a day belongs to. */
    default int yearOf(LocalDate day) {
        return day.isBefore(firstDay(day.getYear())) ? day.getYear() - 1 : day.getYear();
    }

    /** The first day of programme year {@code year}. */
    default LocalDate firstDay(int year) {
        return yearStart().atYear(year);
    }

    /** The last day of programme year {@code year}, the day before the next one starts. */
    default LocalDate lastDay(int year) {
        return firstDay(year + 1).minusDays(1);
    }

    /**
     * The share of programme year {@code year} elapsed on {@code day}, counting the day itself: 0 before the year
     * starts, 1 after it ends. What is due by now is the annual threshold times this share (R-SVC-2).
     */
    default double shareElapsed(int year, LocalDate day) {
        LocalDate first = firstDay(year);
        LocalDate last = lastDay(year);
        if (day.isBefore(first)) {
            return 0;
        }
        if (day.isAfter(last)) {
            return 1;
        }
        double total = ChronoUnit.DAYS.between(first, last) + 1;
        return (ChronoUnit.DAYS.between(first, day) + 1) / total;
    }

    /** Whether {@code day} is a working day. Without a configured calendar: Monday to Friday. */
    default boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek().getValue() <= 5;
    }

    /**
     * The last day of a period lasting {@code workingDays} working days from {@code start}: {@code start} counts when
     * it is a working day, days off inside the period do not count (R-REC-2: a five-working-day public notice starting
     * on a Friday before a weekend ends the next Thursday).
     *
     * @throws IllegalArgumentException unless {@code workingDays} is at least 1
     */
    default LocalDate workingDaysEnd(LocalDate start, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a period lasts at least one working day, not " + workingDays);
        }
        LocalDate day = start;
        int counted = isWorkingDay(day) ? 1 : 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
