package io.tepai.store;

import io.tepai.store.entity.SpecialistTermEntity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;

/** Specialists' terms (聘期), by the index on (specialist, start). */
public final class TermRepository {

    private final EntityManager em;

    TermRepository(EntityManager em) {
        this.em = em;
    }

    public SpecialistTermEntity add(SpecialistTermEntity term) {
        em.persist(term);
        em.flush();
        return term;
    }

    /** The specialist's terms, oldest first (a specialist has one a year at most: no paging needed). */
    public List<SpecialistTermEntity> ofSpecialist(long specialistId) {
        return em.createQuery("SELECT e FROM SpecialistTerm e WHERE e.specialistId = :id ORDER BY e.start, e.id",
                SpecialistTermEntity.class).setParameter("id", specialistId).getResultList();
    }

    /** The specialist's term covering {@code day}, the latest started when several do. */
    public Optional<SpecialistTermEntity> on(long specialistId, LocalDate day) {
        return em.createQuery("SELECT e FROM SpecialistTerm e WHERE e.specialistId = :id AND e.start <= :day"
                        + " AND e.end >= :day ORDER BY e.start DESC, e.id DESC", SpecialistTermEntity.class)
                .setParameter("id", specialistId).setParameter("day", day).setMaxResults(1)
                .getResultList().stream().findFirst();
    }
}
