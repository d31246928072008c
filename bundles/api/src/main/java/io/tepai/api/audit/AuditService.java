package io.tepai.api.audit;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Reads the audit trail: the city office and the auditor only. Newest first. */
@ProviderType
public interface AuditService {

    Page<AuditRecord> search(Actor actor, AuditFilter filter, PageRequest page);
}
