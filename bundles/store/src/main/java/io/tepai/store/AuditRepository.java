package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.audit.AuditFilter;
import io.tepai.store.entity.AuditEntity;
import javax.persistence.EntityManager;

/** Appends to and reads the audit trail. It has no way to change or remove a record, by design. */
public final class AuditRepository {

    private final EntityManager em;

    AuditRepository(EntityManager em) {
        this.em = em;
    }

    public void append(AuditEntity record) {
        em.persist(record);
    }

    /** Newest first. */
    public Page<AuditEntity> search(AuditFilter filter, PageRequest page) {
        Queries<AuditEntity> query = new Queries<>(em, AuditEntity.class, "AuditRecord");
        if (Queries.isSet(filter.entity())) {
            query.where("e.entity = :entity", "entity", filter.entity().strip());
        }
        if (Queries.isSet(filter.entityId())) {
            query.where("e.entityId = :entityId", "entityId", filter.entityId().strip());
        }
        if (Queries.isSet(filter.actor())) {
            query.where("e.actor = :actor", "actor", filter.actor().strip());
        }
        if (filter.from() != null) {
            query.where("e.recordedAt >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            query.where("e.recordedAt < :to", "to", filter.to());
        }
        return query.page("e.id DESC", page);
    }
}
