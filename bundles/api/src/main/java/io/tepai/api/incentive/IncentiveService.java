package io.tepai.api.incentive;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Incentives granted when rounds are published. A county sees its own subjects', a unit its own people's, the
 * city office and auditors all.
 */
@ProviderType
public interface IncentiveService {

    Page<IncentiveGrant> search(Actor actor, IncentiveFilter filter, PageRequest page);
}
