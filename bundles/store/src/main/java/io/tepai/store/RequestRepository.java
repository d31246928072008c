package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.store.entity.CoordinationRequestEntity;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;

public final class RequestRepository {

    private final EntityManager em;

    RequestRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * @param openBefore only requests still open (not resolved or closed) that were raised before this instant,
     *                   or null
     */
    public Page<CoordinationRequestEntity> search(Long specialistId, String county, String status, String holder,
                                                  Instant openBefore, PageRequest page) {
        Queries<CoordinationRequestEntity> query = new Queries<>(em, CoordinationRequestEntity.class,
                "CoordinationRequest");
        if (specialistId != null) {
            query.where("e.specialistId = :specialist", "specialist", specialistId);
        }
        if (Queries.isSet(county)) {
            query.where("e.countyCode = :county", "county", county.strip());
        }
        if (status != null) {
            query.where("e.status = :status", "status", status);
        }
        if (Queries.isSet(holder)) {
            query.where("e.holder = :holder", "holder", holder.strip());
        }
        if (openBefore != null) {
            query.where("e.status IN ('OPEN', 'ASSIGNED', 'ESCALATED') AND e.raisedAt < :before", "before",
                    openBefore);
        }
        return query.page("e.raisedAt DESC, e.id DESC", page);
    }

    public Optional<CoordinationRequestEntity> find(long id) {
        return Optional.ofNullable(em.find(CoordinationRequestEntity.class, id));
    }

    /** Persists a new request and returns it with its generated id. */
    public CoordinationRequestEntity add(CoordinationRequestEntity request) {
        em.persist(request);
        em.flush();
        return request;
    }

    /**
     * Requests any of the specialists raised within the instants (for evaluation); in order within each thousand
     * specialists.
     */
    public List<CoordinationRequestEntity> raisedBy(Collection<Long> specialistIds, Instant from, Instant to) {
        return Queries.inChunks(specialistIds, chunk -> em.createQuery("SELECT e FROM CoordinationRequest e"
                        + " WHERE e.specialistId IN :ids AND e.raisedAt >= :from AND e.raisedAt < :to"
                        + " ORDER BY e.raisedAt, e.id", CoordinationRequestEntity.class)
                .setParameter("ids", List.copyOf(chunk)).setParameter("from", from).setParameter("to", to)
                .getResultList());
    }
}
