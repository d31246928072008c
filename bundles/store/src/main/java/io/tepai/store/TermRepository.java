package io.tepai.store;

import io.tepai.store.entity.SpecialistTermEntity;
import java.time.LocalDate;
import java.util.Collection;
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

    public void remove(SpecialistTermEntity term) {
        em.remove(term);
    }

    /** The specialist's terms, oldest first (a specialist has one a year at most: no paging needed). */
    public List<SpecialistTermEntity> ofSpecialist(long specialistId) {
        return em.createQuery("SELECT e FROM SpecialistTerm e WHERE e.specialistId = :id ORDER BY e.start, e.id",
                SpecialistTermEntity.class).setParameter("id", specialistId).getResultList();
    }

    /** The terms the intake's appointment gave these specialists (one each). */
    public List<SpecialistTermEntity> ofIntake(long intakeId, Collection<Long> specialistIds) {
        if (specialistIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM SpecialistTerm e WHERE e.intakeId = :intake AND e.specialistId IN :ids",
                SpecialistTermEntity.class).setParameter("intake", intakeId)
                .setParameter("ids", List.copyOf(specialistIds)).getResultList();
    }

    /** The specialist's term covering {@code day}, the latest started when several do. */
    public Optional<SpecialistTermEntity> on(long specialistId, LocalDate day) {
        return em.createQuery("SELECT e FROM SpecialistTerm e WHERE e.specialistId = :id AND e.start <= :day"
                        + " AND e.end >= :day ORDER BY e.start DESC, e.id DESC", SpecialistTermEntity.class)
                .setParameter("id", specialistId).setParameter("day", day).setMaxResults(1)
                .getResultList().stream().findFirst();
    }
}
