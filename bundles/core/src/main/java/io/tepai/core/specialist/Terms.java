package io.tepai.core.specialist;

import io.tepai.api.Actor;
import io.tepai.api.FieldError;
import io.tepai.api.ValidationException;
import io.tepai.api.specialist.Term;
import io.tepai.api.specialist.TermSource;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.store.Repositories;
import io.tepai.store.entity.SpecialistTermEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a specialist's term (聘期), audited, inside the caller's transaction. The one place that does: an intake's
 * appointment (R-REC-2), the roster's renewal (R-REC-4) and the city office's documented exception all call it.
 */
public final class Terms {

    private static final AuditedWrite<SpecialistTermEntity, Term> WRITE =
            AuditedWrite.of("SpecialistTerm", SpecialistTermEntity::getId, Terms::toRecord);

    private Terms() {
    }

    /**
     * Records a term of the specialist and audits it with the reason.
     *
     * @throws ValidationException if a date or the reason is missing, or the term ends before it starts
     */
    public static Term record(Repositories repos, Actor actor, Instant at, long specialistId, LocalDate start,
                              LocalDate end, TermSource source, Long intakeId, String reason) {
        check(start, end, reason);
        SpecialistTermEntity term = new SpecialistTermEntity(specialistId, start, end, source.name(), intakeId,
                reason.strip(), actor.username(), at);
        term.setSample(actor.writesSample());
        repos.terms().add(term);
        return WRITE.created(repos, actor, at, term, source.name().toLowerCase() + ": " + reason.strip());
    }

    /** The checks of {@link #record}, for callers that must refuse before they change anything else. */
    public static void check(LocalDate start, LocalDate end, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (start == null) {
            errors.add(new FieldError("termStart", "the term's first day is required"));
        }
        if (end == null) {
            errors.add(new FieldError("termEnd", "the term's last day is required"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError("termEnd", "the term ends (" + end + ") before it starts (" + start + ")"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "a term is recorded with the reason for it"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static Term toRecord(SpecialistTermEntity e) {
        return new Term(e.getId(), e.getSpecialistId(), e.getStart(), e.getEnd(), TermSource.valueOf(e.getSource()),
                e.getIntakeId(), e.getReason(), e.getRecordedBy(), e.getRecordedAt());
    }
}
