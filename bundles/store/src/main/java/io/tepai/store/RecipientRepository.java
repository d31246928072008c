package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.store.entity.RecipientEntity;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;

public final class RecipientRepository {

    private final EntityManager em;

    RecipientRepository(EntityManager em) {
        this.em = em;
    }

    public Page<RecipientEntity> search(String county, String kind, Long specialistId, String text,
                                        PageRequest page) {
        Queries<RecipientEntity> query = new Queries<>(em, RecipientEntity.class, "Recipient");
        if (Queries.isSet(county)) {
            query.where("e.countyCode = :county", "county", county.strip());
        }
        if (kind != null) {
            query.where("e.kind = :kind", "kind", kind);
        }
        if (specialistId != null) {
            query.where(":specialist MEMBER OF e.specialistIds", "specialist", specialistId);
        }
        if (Queries.isSet(text)) {
            query.where(Queries.like("e.name", "text"), "text", Queries.containsPattern(text));
        }
        return query.page("e.countyCode, e.id", page);
    }

    public Optional<RecipientEntity> find(long id) {
        return Optional.ofNullable(em.find(RecipientEntity.class, id));
    }

    /** Each recipient's kind by id, in one query per thousand ids; ids that name no recipient are absent. */
    public Map<Long, String> kindsOf(Collection<Long> ids) {
        Map<Long, String> kinds = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return kinds;
        }
        Queries.inChunks(ids, chunk -> em.createQuery("SELECT e.id, e.kind FROM Recipient e WHERE e.id IN :ids"
                        + " ORDER BY e.id", Object[].class).setParameter("ids", List.copyOf(chunk)).getResultList())
                .forEach(row -> kinds.put((Long) row[0], (String) row[1]));
        return kinds;
    }

    /** The recipients with these ids, in one query; ids that name no recipient are absent. */
    public List<RecipientEntity> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM Recipient e WHERE e.id IN :ids", RecipientEntity.class)
                .setParameter("ids", List.copyOf(ids)).getResultList();
    }

    /** Persists many new recipients with one flush (a flush per recipient is quadratic in bulk). */
    public void addAll(Collection<RecipientEntity> recipients) {
        recipients.forEach(em::persist);
        em.flush();
    }

    /** Persists a new recipient and returns it with its generated id. */
    public RecipientEntity add(RecipientEntity recipient) {
        em.persist(recipient);
        em.flush();
        return recipient;
    }

    public void remove(RecipientEntity recipient) {
        em.remove(recipient);
    }
}
