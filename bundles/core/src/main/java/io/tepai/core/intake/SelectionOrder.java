package io.tepai.core.intake;

import io.tepai.api.FieldError;
import io.tepai.api.RuleViolationException;
import io.tepai.api.intake.IntakeStatus;
import io.tepai.api.intake.StepKind;
import java.time.LocalDate;
import java.util.List;

/**
 * The order of recruitment (R-REC-1, R-REC-2), as plain checks on an intake's status and the recorded dates: every
 * step out of order is refused with a 422 naming the rule and what must come first. Dates are those the step was
 * taken on (paper forms and meetings are recorded after the fact), never in the future.
 */
final class SelectionOrder {

    static final String REGISTRATION = "R-REC-1";
    static final String SELECTION = "R-REC-2";

    private SelectionOrder() {
    }

    /** R-REC-1: a unit registers while the intake is open, with a confirmation dated by the deadline. */
    static void checkRegistration(IntakeStatus status, LocalDate deadline, LocalDate confirmedOn, LocalDate today) {
        if (status != IntakeStatus.OPEN) {
            throw refused(REGISTRATION, "status", "Registration is closed: the intake's selection has begun ("
                    + status + "); candidates are registered before the expert review");
        }
        notInFuture(REGISTRATION, "confirmedOn", confirmedOn, today);
        if (confirmedOn.isAfter(deadline)) {
            throw refused(REGISTRATION, "confirmedOn", "The unit confirmed on " + confirmedOn + ", after the intake's "
                    + "deadline " + deadline + ": the form must be stamped and sent by the deadline");
        }
    }

    /** The status an intake must have for the step, and the one it moves to. */
    static IntakeStatus before(StepKind kind) {
        return switch (kind) {
            case REVIEW -> IntakeStatus.OPEN;
            case MEETING -> IntakeStatus.REVIEWED;
            case CONSULTATION -> IntakeStatus.DECIDED;
        };
    }

    static IntakeStatus after(StepKind kind) {
        return switch (kind) {
            case REVIEW -> IntakeStatus.REVIEWED;
            case MEETING -> IntakeStatus.DECIDED;
            case CONSULTATION -> IntakeStatus.CONSULTED;
        };
    }

    /**
     * R-REC-2: review → office meeting → consultation, each once, each on or after the day of the one before; the
     * review after the registration deadline.
     *
     * @param previous the day of the previous step, null for the review
     */
    static void checkStep(StepKind kind, IntakeStatus status, LocalDate deadline, LocalDate previous, LocalDate heldOn,
                          LocalDate today) {
        if (status != before(kind)) {
            throw refused(SELECTION, "kind", "The " + name(kind) + " comes after " + requirement(kind)
                    + "; this intake is " + status);
        }
        notInFuture(SELECTION, "heldOn", heldOn, today);
        if (kind == StepKind.REVIEW && !heldOn.isAfter(deadline)) {
            throw refused(SELECTION, "heldOn", "The expert review reviews every registered candidate, so it is "
                    + "held after the registration deadline " + deadline + ", not on " + heldOn);
        }
        if (previous != null && heldOn.isBefore(previous)) {
            throw refused(SELECTION, "heldOn", "The " + name(kind) + " on " + heldOn + " would precede the step before "
                    + "it, held on " + previous);
        }
    }

    /** R-REC-2: the notice follows the consultation, starting on or after its day. */
    static void checkNotice(IntakeStatus status, LocalDate consulted, LocalDate start) {
        if (status != IntakeStatus.CONSULTED) {
            throw refused(SELECTION, "status", "The public notice follows the consultation of the leading group's "
                    + "member units; this intake is " + status);
        }
        if (start.isBefore(consulted)) {
            throw refused(SELECTION, "start", "The public notice cannot start (" + start + ") before the "
                    + "consultation (" + consulted + ")");
        }
    }

    /** R-REC-2: objections are raised during the notice, against a candidate still in selection. */
    static void checkObjection(IntakeStatus status, LocalDate start, LocalDate end, LocalDate raisedOn,
                               LocalDate today) {
        if (status != IntakeStatus.NOTICE) {
            throw refused(SELECTION, "status", "Objections are recorded during the public notice; this intake is "
                    + status);
        }
        notInFuture(SELECTION, "raisedOn", raisedOn, today);
        if (raisedOn.isBefore(start) || raisedOn.isAfter(end)) {
            throw refused(SELECTION, "raisedOn", "The objection was raised on " + raisedOn + ", outside the public "
                    + "notice " + start + " .. " + end);
        }
    }

    /** R-REC-2: appointment only after the notice has ended and with every objection resolved. */
    static void checkAppointment(IntakeStatus status, LocalDate noticeEnd, long openObjections, LocalDate on,
                                 LocalDate today) {
        if (status != IntakeStatus.NOTICE) {
            throw refused(SELECTION, "status", "The appointment follows the public notice; this intake is " + status);
        }
        notInFuture(SELECTION, "on", on, today);
        if (!on.isAfter(noticeEnd)) {
            throw refused(SELECTION, "on", "The public notice runs until " + noticeEnd + ": the appointment comes "
                    + "after it has ended, not on " + on);
        }
        if (openObjections > 0) {
            throw refused(SELECTION, "objections", openObjections + " objection(s) raised during the public notice "
                    + "are not resolved: resolve each (upheld or dismissed, with the reason) before the appointment");
        }
    }

    private static void notInFuture(String rule, String field, LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            throw refused(rule, field, "The day " + day + " has not come yet (today is " + today + "): record a step "
                    + "once it was taken");
        }
    }

    private static String name(StepKind kind) {
        return switch (kind) {
            case REVIEW -> "expert review";
            case MEETING -> "bureau director's office meeting";
            case CONSULTATION -> "consultation of the leading group's member units";
        };
    }

    private static String requirement(StepKind kind) {
        return switch (kind) {
            case REVIEW -> "registration and is held once";
            case MEETING -> "the expert review";
            case CONSULTATION -> "the bureau director's office meeting";
        };
    }

    static RuleViolationException refused(String rule, String field, String message) {
        return new RuleViolationException(rule, message, List.of(new FieldError(field, message)));
    }
}
