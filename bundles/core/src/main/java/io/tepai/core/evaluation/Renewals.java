package io.tepai.core.evaluation;

import io.tepai.api.evaluation.Renewal;
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.SubjectKind;
import java.util.Optional;

/**
 * R-REC-4 (with R-EVAL-4): the roster is adjusted each year by performance. Excellent and good specialists and teams
 * get priority for renewal, those who pass are weighed with their wishes and the counties' needs, failed ones leave.
 * Counties' work and dispatching units are evaluated but not renewed, so they get no proposal.
 */
final class Renewals {

    private Renewals() {
    }

    /** The proposal a published grade leads to, or none for a subject that is not on the roster. */
    static Optional<Renewal> proposal(SubjectKind kind, Grade grade) {
        if (kind != SubjectKind.SPECIALIST && kind != SubjectKind.TEAM) {
            return Optional.empty();
        }
        return Optional.of(switch (grade) {
            case EXCELLENT, GOOD -> Renewal.PRIORITY_RENEWAL;
            case PASS -> Renewal.BY_REVIEW;
            case FAIL -> Renewal.EXIT;
        });
    }
}
