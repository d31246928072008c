package io.tepai.api.field;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The register of demonstration bases (R-SVC-1) a specialist or a team built. The base's county keeps it, and so
 * does the specialist named on it.
 */
@ProviderType
public interface DemonstrationBaseService {

    /** Every filter may be null. */
    Page<DemonstrationBase> bases(String county, Long specialistId, Long teamId, PageRequest page);

    DemonstrationBase createBase(Actor actor, DemonstrationBaseDraft draft);

    DemonstrationBase updateBase(Actor actor, long id, long expectedVersion, DemonstrationBaseDraft draft);

    void deleteBase(Actor actor, long id, long expectedVersion);
}
