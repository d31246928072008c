package io.tepai.core.specialist;

import io.tepai.api.Actor;
import io.tepai.api.RuleViolationException;
import io.tepai.api.specialist.Specialist;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.api.specialist.Term;
import io.tepai.api.specialist.TermSource;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.store.Repositories;
import io.tepai.store.entity.SpecialistEntity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Makes a candidate ACTIVE with a term, inside the caller's transaction: the step of an intake's appointment list
 * (R-REC-2), the only one besides {@link SpecialistServiceImpl#appointByException} that sets ACTIVE.
 */
public final class Appointments {

    private static final AuditedWrite<SpecialistEntity, Specialist> WRITE =
            AuditedWrite.of("Specialist", SpecialistEntity::getId, SpecialistServiceImpl::toRecord);

    private Appointments() {
    }

    /** Appoints the CANDIDATE specialist: ACTIVE, audited as "appoint", with an APPOINTMENT term of the intake. */
    public static Term appoint(Repositories repos, Actor actor, Instant at, SpecialistEntity specialist, long intakeId,
                               LocalDate start, LocalDate end, String reason) {
        if (!SpecialistStatus.CANDIDATE.name().equals(specialist.getStatus())) {
            throw new RuleViolationException("R-REC-2", "Specialist " + specialist.getId() + " is "
                    + specialist.getStatus() + ", not a CANDIDATE: only candidates are appointed");
        }
        WRITE.update(repos, actor, at, specialist, specialist.getVersion(), "appoint", changed -> {
            changed.setStatus(SpecialistStatus.ACTIVE.name());
            return reason;
        });
        return Terms.record(repos, actor, at, specialist.getId(), start, end, TermSource.APPOINTMENT, intakeId, reason);
    }
}
