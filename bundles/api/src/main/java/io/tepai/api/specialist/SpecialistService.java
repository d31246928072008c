package io.tepai.api.specialist;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import java.time.LocalDate;
import org.osgi.annotation.versioning.ProviderType;

/** Manages specialists; applies the eligibility rule R-ELIG-1 on every create and update. */
@ProviderType
public interface SpecialistService {

    /** Specialists matching the filter, ordered by id. */
    Page<Specialist> search(SpecialistFilter filter, PageRequest page);

    /** @throws io.tepai.api.NotFoundException if no specialist has this id */
    Specialist get(long id);

    /**
     * @throws io.tepai.api.ValidationException    if fields are missing or malformed
     * @throws io.tepai.api.RuleViolationException if the candidate is not eligible (R-ELIG-1) and no exception
     *                                             reason was given
     */
    Specialist create(Actor actor, SpecialistDraft draft);

    /**
     * The one way besides an intake's appointment (R-REC-2) to make a specialist ACTIVE: the city office records a
     * documented exception, e.g. a specialist appointed before Tepai kept the records. Creates the specialist ACTIVE
     * with a term of source {@link TermSource#EXCEPTION}; the reason goes into the term and the audit trail.
     *
     * @throws io.tepai.api.ForbiddenException     unless the actor is the city office
     * @throws io.tepai.api.ValidationException    if fields, the term's dates or the reason are missing or malformed
     * @throws io.tepai.api.RuleViolationException as {@link #create}
     */
    Specialist appointByException(Actor actor, SpecialistDraft draft, LocalDate termStart, LocalDate termEnd,
                                  String reason);

    /** @throws io.tepai.api.ConflictException if the record changed since {@code expectedVersion} */
    Specialist update(Actor actor, long id, long expectedVersion, SpecialistDraft draft);

    void delete(Actor actor, long id, long expectedVersion);
}
