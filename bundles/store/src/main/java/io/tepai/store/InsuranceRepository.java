package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.store.entity.InsurancePolicyEntity;
import io.tepai.store.entity.SpecialistEntity;
import java.time.LocalDate;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/** Specialists' accident insurance (R-FUND-5), and who has none in force on a day, found by the database. */
public final class InsuranceRepository {

    private final EntityManager em;

    InsuranceRepository(EntityManager em) {
        this.em = em;
    }

    public InsurancePolicyEntity add(InsurancePolicyEntity policy) {
        em.persist(policy);
        em.flush();
        return policy;
    }

    /** Policies of specialists matching the filters (null: any), newest cover first. */
    public Page<InsurancePolicyEntity> policies(Long specialistId, String unit, String county, int year,
                                                PageRequest page) {
        Queries<InsurancePolicyEntity> query = new Queries<>(em, InsurancePolicyEntity.class, "InsurancePolicy");
        SpecialistConditions.apply(query, specialistId, unit, county, year);
        return query.page("e.validTo DESC, e.id DESC", page);
    }

    /**
     * Appointed specialists with no policy covering {@code day}, by id; of a unit and of those dispatched to a county
     * in {@code year} when given.
     */
    public Page<SpecialistEntity> uninsured(LocalDate day, String unit, String county, int year, PageRequest page) {
        String where = " FROM Specialist s WHERE s.status = 'ACTIVE' AND NOT EXISTS (SELECT p.id FROM InsurancePolicy p"
                + " WHERE p.specialistId = s.id AND p.validFrom <= :day AND p.validTo >= :day)"
                + (Queries.isSet(unit) ? " AND s.unitCode = :unit" : "")
                + (Queries.isSet(county) ? " AND EXISTS (SELECT a.id FROM Assignment a WHERE a.specialistId = s.id"
                + " AND a.countyCode = :county AND a.year = :year)" : "");
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(s)" + where, Long.class);
        TypedQuery<SpecialistEntity> select = em.createQuery("SELECT s" + where + " ORDER BY s.id",
                SpecialistEntity.class);
        for (TypedQuery<?> query : List.of(count, select)) {
            query.setParameter("day", day);
            if (Queries.isSet(unit)) {
                query.setParameter("unit", unit);
            }
            if (Queries.isSet(county)) {
                query.setParameter("county", county).setParameter("year", year);
            }
        }
        long total = count.getSingleResult();
        return new Page<>(select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), total,
                page.page(), page.size());
    }
}
