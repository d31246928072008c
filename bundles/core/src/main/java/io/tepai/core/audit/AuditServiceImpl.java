package io.tepai.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.audit.AuditFilter;
import io.tepai.api.audit.AuditRecord;
import io.tepai.api.audit.AuditRecord.FieldChange;
import io.tepai.api.audit.AuditService;
import io.tepai.core.access.Scopes;
import io.tepai.store.Store;
import io.tepai.store.entity.AuditEntity;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reads the audit trail for the city office and the auditor. */
@Component(service = AuditService.class)
public class AuditServiceImpl implements AuditService {

    private static final TypeReference<LinkedHashMap<String, FieldChange>> CHANGES = new TypeReference<>() {
    };

    private final Store store;

    @Activate
    public AuditServiceImpl(@Reference Store store) {
        this.store = store;
    }

    @Override
    public Page<AuditRecord> search(Actor actor, AuditFilter filter, PageRequest page) {
        Scopes.requireCityOrAuditor(actor, "read the audit trail");
        AuditFilter effective = filter == null ? new AuditFilter(null, null, null, null, null) : filter;
        return store.read(repos -> repos.audit().search(effective, page).map(AuditServiceImpl::toRecord));
    }

    static AuditRecord toRecord(AuditEntity e) {
        return new AuditRecord(e.getId(), e.getRecordedAt(), e.getActor(), e.getActorScope(), e.getEntity(),
                e.getEntityId(), e.getAction(), changes(e.getChanges()), e.getReason());
    }

    private static Map<String, FieldChange> changes(String json) {
        try {
            return AuditTrail.JSON.readValue(json, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable audit record changes", e);
        }
    }
}
