package io.tepai.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working-day exceptions of {@code etc/io.tepai.calendar.cfg}: public holidays that fall on weekdays and weekend
 * days made working days in their place (调休). Days are listed as {@code yyyy-MM-dd} or ranges
 * {@code yyyy-MM-dd..yyyy-MM-dd}, separated by commas; an entry that is not a date is logged and left out.
 *
 * @param holidays    days off although Monday to Friday
 * @param workingDays working days although Saturday or Sunday
 */
record DaysOff(Set<LocalDate> holidays, Set<LocalDate> workingDays) {

    static final DaysOff NONE = new DaysOff(Set.of(), Set.of());
    private static final Logger LOG = LoggerFactory.getLogger(DaysOff.class);

    DaysOff {
        holidays = Set.copyOf(holidays);
        workingDays = Set.copyOf(workingDays);
    }

    static DaysOff parse(Object holidays, Object workingDays) {
        return new DaysOff(days("holidays", holidays), days("workingDays", workingDays));
    }

    boolean isWorkingDay(LocalDate day) {
        if (workingDays.contains(day)) {
            return true;
        }
        return day.getDayOfWeek().getValue() <= 5 && !holidays.contains(day);
    }

    private static Set<LocalDate> days(String key, Object value) {
        Set<LocalDate> days = new TreeSet<>();
        if (value == null) {
            return days;
        }
        for (String entry : value.toString().split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                String[] ends = entry.strip().split("\\.\\.", 2);
                LocalDate first = LocalDate.parse(ends[0].strip());
                LocalDate last = ends.length == 2 ? LocalDate.parse(ends[1].strip()) : first;
                if (last.isBefore(first) || first.plusDays(366).isBefore(last)) {
                    throw new DateTimeException("a range runs forward and within a year");
                }
                first.datesUntil(last.plusDays(1)).forEach(days::add);
            } catch (DateTimeException e) {
                LOG.warn("Ignoring '{}' in {} of io.tepai.calendar: expected yyyy-MM-dd or yyyy-MM-dd..yyyy-MM-dd ({})",
                        entry.strip(), key, e.getMessage());
            }
        }
        return days;
    }
}
