package io.tepai.rest.internal;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonFormat;
import io.tepai.api.ValidationException;
import io.tepai.api.account.Role;
import io.tepai.api.intake.ObjectionStatus;
import io.tepai.api.roster.RosterOutcome;
import io.tepai.api.specialist.ChainSegment;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.TeamStatus;
import io.tepai.spi.evaluation.Grade;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The request bodies of the operations that are not a plain api draft: Jackson binds them as the resources'
 * entity parameters (strictly, see {@link Json}; {@link Bodies} adds what records as read and {@link Edit} need),
 * their compact constructors refuse a missing required field with a 400 naming it (where the service would not
 * say it in the body's terms: a primitive it takes, a field it calls otherwise), and the generated OpenAPI
 * document describes them from the same records. Whether a value is allowed is the service's to say. Enums read
 * case-insensitively, as the query parameters do.
 */
final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * For a record's compact constructor: a required field that is missing is refused as every API error is, naming
     * the field ({@link JsonProvider} passes the exception on from inside Jackson).
     */
    static <T> T required(T value, String field, String message) {
        if (value == null) {
            throw ValidationException.of(field, message);
        }
        return value;
    }

    /** The {@code version} an update is based on: required, so that no write overwrites a change unseen. */
    static Long requireVersion(Long version) {
        return required(version, "version",
                "is required: send the version you read, so that concurrent changes are detected");
    }

    /** An enum read case-insensitively (the feature Jackson's enum reader honours is named for properties). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    @JacksonAnnotationsInside
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
    @interface AnyCase {
    }

    /**
     * An update's body: one JSON object with the draft's fields and, beside them, the operation's own ({@code F}:
     * the version read, a correction's reason), split by {@link Bodies}. Documented as allOf the two records.
     */
    record Edit<F extends Record, D>(F fields, D draft) {
    }

    /** {@code version} is the one the caller read: concurrent changes are refused with 409. */
    record VersionOnly(Long version) {
        VersionOnly {
            requireVersion(version);
        }
    }

    /** A correction is the log's fields (a draft) with the version and the reason for correcting. */
    record Correction(Long version, String reason) {
        Correction {
            requireVersion(version);
        }
    }

    /**
     * A workstation's save: no version creates, the version read replaces. A workstation as read names its county:
     * sent to another county's path by mistake, it must not replace that county's workstation.
     */
    record WorkstationSave(Long version, String county) {
        void checkCounty(String path) {
            if (county != null && !county.equals(path)) {
                throw ValidationException.of("county", "must be absent or the county of the path, '" + path + "'");
            }
        }
    }

    record EnabledChange(Long version, Boolean enabled) {
        EnabledChange {
            requireVersion(version);
            required(enabled, "enabled", "is required: true or false");
        }
    }

    record PasswordReset(Long version, String password) {
        PasswordReset {
            requireVersion(version);
            required(password, "password", "is required");
        }
    }

    /** No scope is the empty scope (the city office's and the auditor's roles have none). */
    record Binding(Long version, @AnyCase Role role,
                   String scope) {
        Binding {
            requireVersion(version);
            scope = scope == null ? "" : scope;
        }
    }

    /** A county as read may be sent back: its other fields are dropped (see {@link Bodies}). */
    record LeadingIndustries(Long version, List<String> leadingIndustries) {
        LeadingIndustries {
            requireVersion(version);
        }
    }

    /** An evaluator's inputs by name, e.g. {@code {"organisation": 85}}; {@code {}} clears them. */
    record EvaluationInputs(Long version, Map<String, BigDecimal> inputs) {
        EvaluationInputs {
            requireVersion(version);
        }
    }

    record GradeAdjustment(Long version,
                           @AnyCase Grade grade,
                           String reason) {
        GradeAdjustment {
            requireVersion(version);
        }
    }

    /** {@code outsideDispatchReason}: the county's reason for service outside the specialist's dispatch (R-SVC-1). */
    record Confirmation(Long version, Integer satisfaction, String comment, String outsideDispatchReason) {
        Confirmation {
            requireVersion(version);
        }
    }

    record Comment(Long version, String comment) {
        Comment {
            requireVersion(version);
        }
    }

    record MemberAssignment(Long version, List<Long> members, String note) {
        MemberAssignment {
            requireVersion(version);
            required(members, "members", "is required: the ids of the team members to assign");
        }
    }

    /** {@code to}: {@code unit} (the specialist's dispatching unit) or {@code city}, case-insensitive. */
    record Escalation(Long version, String to, String note) {

        private static final Set<String> TARGETS = Set.of("unit", "city");

        Escalation {
            requireVersion(version);
            to = to == null ? "" : to.strip().toLowerCase(Locale.ROOT);
            if (!TARGETS.contains(to)) {
                throw ValidationException.of("to", "is required: unit (the specialist's dispatching unit) or city");
            }
        }
    }

    record Resolution(Long version, String outcome) {
        Resolution {
            requireVersion(version);
        }
    }

    record Closing(Long version, String reason) {
        Closing {
            requireVersion(version);
        }
    }

    /** {@code year}: the table's programme year, the current one when left out. */
    record TablePublication(String county, Integer year) {
    }

    record MatchConfirmation(Long version, Long matchId) {
        MatchConfirmation {
            requireVersion(version);
            required(matchId, "matchId", "is required: the candidate match the county confirms");
        }
    }

    record Serving(Long version, Long assignmentId) {
        Serving {
            requireVersion(version);
            required(assignmentId, "assignmentId", "is required: the dispatch that serves the demand");
        }
    }

    record Withdrawal(Long version, String reason) {
        Withdrawal {
            requireVersion(version);
        }
    }

    record AgreementStatusChange(Long version,
                                 @AnyCase AgreementStatus status) {
        AgreementStatusChange {
            requireVersion(version);
        }
    }

    record TeamStatusChange(Long version,
                            @AnyCase TeamStatus status) {
        TeamStatusChange {
            requireVersion(version);
        }
    }

    record MemberAddition(Long version, Long specialistId,
                          @AnyCase ChainSegment segment) {
        MemberAddition {
            requireVersion(version);
            required(specialistId, "specialistId", "is required: the id of the specialist to add");
        }
    }

    /** The public notice of an intake (R-REC-2): its first day and, unless the configured default, its length. */
    record NoticeStart(Long version, LocalDate start, Integer workingDays) {
        NoticeStart {
            requireVersion(version);
        }
    }

    /** An objection's resolution (R-REC-2): UPHELD drops the candidate, DISMISSED keeps them; both with the reason. */
    record ObjectionResolution(Long version, @AnyCase ObjectionStatus outcome, String reason) {
        ObjectionResolution {
            requireVersion(version);
        }
    }

    /** The appointment of an intake (R-REC-2): its day (default today) and the term (default the intake's year). */
    record AppointmentDay(Long version, LocalDate on, LocalDate termStart, LocalDate termEnd) {
        AppointmentDay {
            requireVersion(version);
        }
    }

    /** The term and documented reason of a specialist appointed outside a selection (e.g. before Tepai). */
    record ExceptionTerm(LocalDate termStart, LocalDate termEnd, String reason) {
    }

    /** Switching a module on for a county, optionally with its weight; the body may also be empty. */
    /** {@code year}: the roster's programme year (absent: next year); {@code version}: absent the first time. */
    record RosterPreparing(Integer year, Long version) {
    }

    /** {@code year}: the roster's programme year (absent: next year). */
    record RosterConfirming(Integer year, Long version) {
        RosterConfirming {
            requireVersion(version);
        }
    }

    /** The outcome the city office sets for a roster entry, and why (R-REC-4). */
    record RosterAdjustment(Long version,
                            @AnyCase RosterOutcome outcome,
                            String reason) {
        RosterAdjustment {
            requireVersion(version);
        }
    }

    record ModuleSwitch(Integer weight) {
    }

    /** A web page's sign-in form. */
    record SignIn(String username, String password) {
        SignIn {
            required(username, "username", "is required");
            required(password, "password", "is required");
        }
    }
}
