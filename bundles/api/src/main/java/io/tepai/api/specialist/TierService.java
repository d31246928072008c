package io.tepai.api.specialist;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The specialist tiers registered right now: built-in ones and those of installed plug-ins. */
@ProviderType
public interface TierService {

    /** All tiers, ordered by id. */
    List<Tier> list();

    Optional<Tier> find(String id);
}
