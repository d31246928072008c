package io.tepai.api.specialist;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
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

    /** @throws io.tepai.api.ConflictException if the record changed since {@code expectedVersion} */
    Specialist update(Actor actor, long id, long expectedVersion, SpecialistDraft draft);

    void delete(Actor actor, long id, long expectedVersion);
}
