package io.tepai.api.dispatch;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Dispatch assignments. The city office dispatches to any county; a county records the specialists dispatched
 * to itself. Only appointed (active) specialists are dispatched.
 */
@ProviderType
public interface AssignmentService {

    Page<Assignment> search(AssignmentFilter filter, PageRequest page);

    Assignment get(long id);

    /**
     * @throws io.tepai.api.RuleViolationException R-REC-3 when the specialist would be supported by both the city
     *                                             and a county level in the same year without a recorded exception
     * @throws io.tepai.api.ConflictException      when the specialist is already dispatched to the county that year
     */
    Assignment create(Actor actor, AssignmentDraft draft);

    Assignment update(Actor actor, long id, long expectedVersion, AssignmentDraft draft);

    void delete(Actor actor, long id, long expectedVersion);
}
