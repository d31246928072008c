package io.tepai.api.org;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Manages dispatching units. */
@ProviderType
public interface UnitService {

    Page<DispatchingUnit> search(UnitFilter filter, PageRequest page);

    /** @throws io.tepai.api.NotFoundException if no unit has this code */
    DispatchingUnit get(String code);

    /** @throws io.tepai.api.ConflictException if the code is taken */
    DispatchingUnit create(Actor actor, UnitDraft draft);

    DispatchingUnit update(Actor actor, String code, long expectedVersion, UnitDraft draft);

    /** @throws io.tepai.api.ConflictException if specialists still belong to the unit */
    void delete(Actor actor, String code, long expectedVersion);
}
