package io.tepai.core.calendar;

import io.tepai.api.calendar.ProgrammeCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link ProgrammeCalendar}: {@code yearStart = MM-dd} from {@code io.tepai.service}, the holidays and
 * adjusted working days from {@code io.tepai.calendar} ({@link CalendarConfiguration}), applied at once when a file
 * changes; an invalid value is logged and its default kept.
 */
@Component(service = ProgrammeCalendar.class, configurationPid = {"io.tepai.service", "io.tepai.calendar"})
public class ProgrammeCalendarService implements ProgrammeCalendar {

    /** The programme runs on Beijing time, wherever the server's clock is set. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final MonthDay JANUARY_FIRST = MonthDay.of(1, 1);
    private static final Logger LOG = LoggerFactory.getLogger(ProgrammeCalendarService.class);

    private final Clock clock;
    private volatile MonthDay yearStart = JANUARY_FIRST;
    private volatile DaysOff daysOff = DaysOff.NONE;

    @Activate
    public ProgrammeCalendarService(Map<String, ?> config) {
        this(Clock.systemUTC(), JANUARY_FIRST);
        configure(config);
    }

    /** A calendar on a clock of the caller's, for tests. */
    public ProgrammeCalendarService(Clock clock, MonthDay yearStart) {
        this.clock = clock;
        this.yearStart = yearStart;
    }

    /** A calendar on a clock of the caller's with configured days off, for tests. */
    public ProgrammeCalendarService(Clock clock, Map<String, ?> config) {
        this(clock, JANUARY_FIRST);
        configure(config);
    }

    /** The calendar year on the system clock, for code that runs without configuration. */
    public static ProgrammeCalendar calendarYear(Clock clock) {
        return new ProgrammeCalendarService(clock, JANUARY_FIRST);
    }

    @Modified
    void configure(Map<String, ?> config) {
        yearStart = parse(config == null ? null : config.get("yearStart"));
        daysOff = config == null ? DaysOff.NONE : DaysOff.parse(config.get("holidays"), config.get("workingDays"));
    }

    static MonthDay parse(Object value) {
        if (value == null || value.toString().isBlank()) {
            return JANUARY_FIRST;
        }
        try {
            MonthDay start = MonthDay.parse("--" + value.toString().strip());
            if (start.getMonthValue() == 2 && start.getDayOfMonth() == 29) {
                throw new DateTimeParseException("February 29 is not in every year", value.toString(), 0);
            }
            return start;
        } catch (DateTimeParseException e) {
            LOG.warn("Ignoring yearStart={} in io.tepai.service: expected MM-dd such as 03-01; using 01-01", value);
            return JANUARY_FIRST;
        }
    }

    @Override
    public ZoneId zone() {
        return ZONE;
    }

    @Override
    public MonthDay yearStart() {
        return yearStart;
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return daysOff.isWorkingDay(day);
    }
}
