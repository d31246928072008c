package io.tepai.rest.internal;

import io.tepai.api.account.Role;
import io.tepai.api.specialist.ChainSegment;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.TeamStatus;
import io.tepai.spi.evaluation.Grade;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The shapes of the small action bodies that are read field by field rather than as an api draft, so that the
 * generated OpenAPI document names each field with its type (the hostile-input test attacks each one by it); an
 * update's body is its draft together with {@link VersionOnly} (allOf).
 * The resources still read these bodies through {@link Bodies}, whose messages clients see; a field added there
 * belongs here too.
 */
final class RequestBodies {

    private RequestBodies() {
    }

    /** {@code version} is the one the caller read: concurrent changes are refused with 409. */
    record VersionOnly(long version) {
    }

    /** A correction is the log's fields (a draft) with the version and the reason for correcting. */
    record Correction(long version, String reason) {
    }

    record EnabledChange(long version, boolean enabled) {
    }

    record PasswordReset(long version, String password) {
    }

    record Binding(long version, Role role, String scope) {
    }

    record LeadingIndustries(long version, List<String> leadingIndustries) {
    }

    record EvaluationInputs(long version, Map<String, BigDecimal> inputs) {
    }

    record GradeAdjustment(long version, Grade grade, String reason) {
    }

    record Confirmation(long version, Integer satisfaction, String comment, String outsideDispatchReason) {
    }

    record Comment(long version, String comment) {
    }

    record MemberAssignment(long version, List<Long> members, String note) {
    }

    record Escalation(long version, String to, String note) {
    }

    record Resolution(long version, String outcome) {
    }

    record Closing(long version, String reason) {
    }

    record AgreementStatusChange(long version, AgreementStatus status) {
    }

    record TeamStatusChange(long version, TeamStatus status) {
    }

    record MemberAddition(long version, long specialistId, ChainSegment segment) {
    }
}
