package io.tepai.api.funding;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Money paid out against allocations. Whoever owns the allocation's budget pays (the city office the city's, a county
 * its own, a unit its own); what is paid never exceeds the allocation, also under concurrent requests (422). Reading
 * is scoped as for allocations.
 */
@ProviderType
public interface DisbursementService {

    Disbursement disburse(Actor actor, DisbursementDraft draft);

    /** Disbursements, newest payment first; null filters do not filter. */
    Page<Disbursement> disbursements(Actor actor, Long allocationId, Integer year, PageRequest page);
}
