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

    @AttributeDefinition(name = "Public holidays", required = false, description = "Days off although Monday to "
            + "Friday: yyyy-MM-dd or ranges yyyy-MM-dd..yyyy-MM-dd, comma-separated (weekend days in a range change "
            + "nothing).")
    String holidays();

    @AttributeDefinition(name = "Adjusted working days", required = false, description = "Saturdays or Sundays "
            + "worked in place of a holiday (调休), in the same form.")
    String workingDays();
}
