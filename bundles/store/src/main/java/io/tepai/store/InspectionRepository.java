package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.store.entity.InspectionEntity;
import java.util.Optional;
import javax.persistence.EntityManager;

/** Random inspections of allocations (R-FUND-4). */
public final class InspectionRepository {

    private final EntityManager em;

    InspectionRepository(EntityManager em) {
        this.em = em;
    }

    public InspectionEntity add(InspectionEntity inspection) {
        em.persist(inspection);
        em.flush();
        return inspection;
    }

    public Optional<InspectionEntity> find(long id) {
        return Optional.ofNullable(em.find(InspectionEntity.class, id));
    }

    public Page<InspectionEntity> inspections(Integer year, PageRequest page) {
        Queries<InspectionEntity> query = new Queries<>(em, InspectionEntity.class, "Inspection");
        if (year != null) {
            query.where("e.year = :year", "year", year);
        }
        return query.page("e.id DESC", page);
    }

    /** How many allocations the year has: the population a draw picks positions from. */
    public long allocationsOf(int year) {
        return em.createQuery("SELECT COUNT(a) FROM Allocation a WHERE a.year = :year", Long.class)
                .setParameter("year", year).getSingleResult();
    }

    /** The id of the allocation at {@code position} (from 0) of the year's allocations ordered by id. */
    public long allocationAt(int year, long position) {
        return em.createQuery("SELECT a.id FROM Allocation a WHERE a.year = :year ORDER BY a.id", Long.class)
                .setParameter("year", year).setFirstResult(Math.toIntExact(position)).setMaxResults(1)
                .getSingleResult();
    }
}
