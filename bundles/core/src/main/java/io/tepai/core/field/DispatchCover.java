package io.tepai.core.field;

import io.tepai.api.FieldError;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.store.Repositories;
import io.tepai.store.entity.ServiceLogEntity;
import java.util.List;

/**
 * R-SVC-1 with R-REC-3 (issue 20): service counts where the specialist was sent. A log counts once confirmed, so
 * a confirmation (and a correction of a confirmed log) needs an assignment of the specialist to the log's county in
 * every programme year the log touches. Service elsewhere is possible, e.g. a team member serving under the team's
 * agreement with the county, but only with the reason the county records when confirming it; the reason stays
 * on the log, is audited with the confirmation and is dropped when a correction moves the log to another county.
 */
final class DispatchCover {

    static final String RULE = "R-SVC-1";
    static final String FIELD = "outsideDispatchReason";

    private DispatchCover() {
    }

    /** Whether an assignment to the log's county covers every programme year from its first to its last day. */
    static boolean covered(Repositories repos, ProgrammeCalendar calendar, ServiceLogEntity log) {
        int from = calendar.yearOf(log.getStartDate());
        int to = calendar.yearOf(log.getEndDate());
        long dispatched = repos.assignments().yearsDispatched(log.getSpecialistId(), log.getCountyCode(), from, to);
        return dispatched == to - from + 1;
    }

    /**
     * Records the county's reason for confirming {@code log} (blank: none given) and refuses a log outside any
     * dispatch without one; a reason for a log inside a dispatch is refused too, as it would explain nothing.
     */
    static void confirmWith(Repositories repos, ProgrammeCalendar calendar, ServiceLogEntity log, String reason) {
        confirmWith(covered(repos, calendar, log), log, reason);
    }

    /** As above, with whether the specialist's dispatch covers the log already known (an import preloads it). */
    static void confirmWith(boolean covered, ServiceLogEntity log, String reason) {
        if (reason.isEmpty()) {
            requireCoveredOrExplained(covered, log);
        } else if (covered) {
            throw ValidationException.of(FIELD, "specialist " + log.getSpecialistId() + " is dispatched to '"
                    + log.getCountyCode() + "' for this service: no reason is needed");
        } else {
            log.setOutsideDispatchReason(reason);
        }
    }

    /** After a correction: the reason recorded at confirmation holds for its county only. */
    static void recheck(Repositories repos, ProgrammeCalendar calendar, ServiceLogEntity log, String countyBefore) {
        if (!log.getCountyCode().equals(countyBefore)) {
            log.setOutsideDispatchReason("");
        }
        requireCoveredOrExplained(covered(repos, calendar, log), log);
    }

    private static void requireCoveredOrExplained(boolean covered, ServiceLogEntity log) {
        if (!covered && log.getOutsideDispatchReason().isEmpty()) {
            throw new RuleViolationException(RULE, "specialist " + log.getSpecialistId() + " is not dispatched to '"
                    + log.getCountyCode() + "' in the programme year of " + log.getStartDate()
                    + (log.getEndDate().equals(log.getStartDate()) ? "" : " to " + log.getEndDate())
                    + ": service there counts only with the county's reason (e.g. the team's agreement with the"
                    + " county)",
                    List.of(new FieldError(FIELD, "is required for service outside the specialist's dispatch")));
        }
    }
}
