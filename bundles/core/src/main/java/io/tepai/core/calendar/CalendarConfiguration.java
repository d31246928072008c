package io.tepai.core.calendar;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * What city IT sets in {@code etc/io.tepai.calendar.cfg}, described for the web console and {@code config:meta};
 * {@link DaysOff} reads the raw values, so that an invalid entry is logged and left out.
 */
@ObjectClassDefinition(pid = "io.tepai.calendar", name = "Tepai working-day calendar",
        description = "The public holidays and adjusted working days (调休) on which periods counted in working days "
                + "are computed, e.g. the public notice of R-REC-2. Applies at once, without a restart.")
@interface CalendarConfiguration {

    /** The State Council's public holidays of 2026, as shipped; city IT adds each new year's. */
    String HOLIDAYS_2026 = "2026-01-01..2026-01-03, 2026-02-15..2026-02-23, 2026-04-04..2026-04-06, 2026-05-01..2026-05-05, 2026-06-19..2026-06-21, 2026-09-25..2026-09-27, 2026-10-01..2026-10-07";

    /** The weekend days worked in 2026 in place of holidays (调休). */
    String WORKING_DAYS_2026 = "2026-01-04, 2026-02-14, 2026-02-28, 2026-05-09, 2026-09-20, 2026-10-10";

    @AttributeDefinition(name = "Public holidays", required = false, description = "Days off although Monday to "
            + "Friday: yyyy-MM-dd or ranges yyyy-MM-dd..yyyy-MM-dd, comma-separated (weekend days in a range change "
            + "nothing). Shipped with 2026's.")
    String holidays() default HOLIDAYS_2026;

    @AttributeDefinition(name = "Adjusted working days", required = false, description = "Saturdays or Sundays "
            + "worked in place of a holiday (调休), in the same form. Shipped with 2026's.")
    String workingDays() default WORKING_DAYS_2026;
}
