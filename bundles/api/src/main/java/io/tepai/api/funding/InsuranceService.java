package io.tepai.api.funding;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Personal accident insurance of the specialists (R-FUND-5): the dispatching unit records the policy it bought (the
 * city office may too); everyone who reads funding sees the active specialists without cover today, within their
 * scope (a county those dispatched to it this year, a unit its own).
 */
@ProviderType
public interface InsuranceService {

    InsurancePolicy record(Actor actor, InsuranceDraft draft);

    /** Policies, newest cover first; {@code specialistId} null for all the actor may read. */
    Page<InsurancePolicy> policies(Actor actor, Long specialistId, PageRequest page);

    /** Appointed specialists without cover today; {@code county} null for all the actor may read. */
    Page<UninsuredSpecialist> uninsured(Actor actor, String county, PageRequest page);
}
