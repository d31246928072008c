package io.tepai.api.funding;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Technology transfers (R-INC-3): the specialist's R&D team receives at least 70% of the net income (an installation
 * may demand more, never less). The specialist's unit or the city office records them; refused with 422 below the
 * share.
 */
@ProviderType
public interface TransferService {

    TechnologyTransfer record(Actor actor, TransferDraft draft);

    /** Transfers, newest first, within the actor's scope; {@code specialistId} null for all. */
    Page<TechnologyTransfer> transfers(Actor actor, Long specialistId, PageRequest page);
}
