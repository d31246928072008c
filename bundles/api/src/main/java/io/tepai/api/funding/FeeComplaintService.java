package io.tepai.api.funding;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Complaints about fees charged to recipients (R-FUND-4). A county files them for itself (the city office on a
 * county's behalf), audited; the city office and the auditor read all, a county its own, anyone else is refused.
 */
@ProviderType
public interface FeeComplaintService {

    FeeComplaint file(Actor actor, FeeComplaintDraft draft);

    /** Complaints, newest first; {@code year} and {@code county} null for all the actor may read. */
    Page<FeeComplaint> complaints(Actor actor, Integer year, String county, PageRequest page);
}
