package io.tepai.core.field;

import io.tepai.api.ValidationException;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Repositories;
import io.tepai.store.entity.SpecialistEntity;
import java.time.Clock;
import java.time.LocalDate;

/**
 * What the three small registers of a specialist's record (training, demonstration bases, mentees) check alike: a
 * date not in the future, and the county and specialist an entry names.
 */
final class Registers {

    private Registers() {
    }

    /** A required date, not after today. Dates are the programme's dates in Jiaozuo, whatever the server's zone. */
    static void notInTheFuture(FieldErrors errors, String field, LocalDate date, Clock clock) {
        if (date == null) {
            errors.add(field, "is required");
        } else if (date.isAfter(LocalDate.now(clock.withZone(ProgrammeCalendarService.ZONE)))) {
            errors.add(field, "must not be in the future");
        }
    }

    /** Adds an error on {@code county} unless a county has this code. */
    static void county(Repositories repos, FieldErrors errors, String county) {
        if (repos.counties().find(county.strip()).isEmpty()) {
            errors.add("county", "no county has code '" + county.strip() + "'");
        }
    }

    /** Adds an error on {@code field} unless a specialist has this id. */
    static void specialist(Repositories repos, FieldErrors errors, String field, long id) {
        if (repos.specialists().find(id).isEmpty()) {
            errors.add(field, "no specialist has id " + id);
        }
    }

    /** The specialist an entry names, or a validation error on {@code field}. */
    static SpecialistEntity specialist(Repositories repos, String field, long id) {
        return repos.specialists().find(id).orElseThrow(() -> ValidationException.of(field,
                "no specialist has id " + id));
    }
}
