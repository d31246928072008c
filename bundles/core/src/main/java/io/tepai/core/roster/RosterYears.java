package io.tepai.core.roster;

import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.roster.RosterStatus;
import io.tepai.store.Repositories;

/**
 * Which roster year may still change: next programme year (prepared towards the end of this one) or this year (a
 * roster prepared late, after the year began), and only until its roster is confirmed.
 */
final class RosterYears {

    private RosterYears() {
    }

    /** The year asked for, or by default next programme year: the roster being prepared. */
    static int orNext(ProgrammeCalendar calendar, Integer year) {
        return year != null ? year : calendar.currentYear() + 1;
    }

    static void requireOpen(ProgrammeCalendar calendar, Integer year) {
        int current = calendar.currentYear();
        if (year == null || year < current || year > current + 1) {
            throw ValidationException.of("year", "a roster is prepared for the programme year " + current + " or "
                    + (current + 1) + ", not " + year);
        }
    }

    /** R-REC-4: a confirmed roster is final, and so are the wishes and requests it was made from. */
    static void requireNotConfirmed(Repositories repos, int year, String what) {
        repos.rosters().roster(year).filter(r -> RosterStatus.CONFIRMED.name().equals(r.getStatus()))
                .ifPresent(r -> {
                    throw new RuleViolationException("R-REC-4", "the roster of " + year + " is confirmed; " + what
                            + " no longer changes it");
                });
    }
}
