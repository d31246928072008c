package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.org.UnitFilter;
import io.tepai.store.entity.UnitEntity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;

public final class UnitRepository {

    private final EntityManager em;

    UnitRepository(EntityManager em) {
        this.em = em;
    }

    public Page<UnitEntity> search(UnitFilter filter, PageRequest page) {
        Queries<UnitEntity> query = new Queries<>(em, UnitEntity.class, "DispatchingUnit");
        if (filter.type() != null) {
            query.where("e.type = :type", "type", filter.type().name());
        }
        if (Queries.isSet(filter.text())) {
            query.where("(" + Queries.like("e.code", "text") + " OR " + Queries.like("e.nameZh", "text") + " OR "
                    + Queries.like("e.nameEn", "text") + ")", "text", Queries.containsPattern(filter.text()));
        }
        return query.page("e.code", page);
    }

    public Optional<UnitEntity> find(String code) {
        return Optional.ofNullable(em.find(UnitEntity.class, code));
    }

    /**
     * Every unit's Chinese name by code, in one query: for the city's UNIT round, whose subjects are every unit with
     * a specialist dispatched (issue 17: not a read per unit).
     */
    public Map<String, String> namesZh() {
        Map<String, String> names = new LinkedHashMap<>();
        em.createQuery("SELECT u.code, u.nameZh FROM DispatchingUnit u ORDER BY u.code", Object[].class)
                .getResultList().forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    public void add(UnitEntity unit) {
        em.persist(unit);
    }

    public void remove(UnitEntity unit) {
        em.remove(unit);
    }

    /** How many specialists belong to the unit. */
    public long countSpecialists(String unitCode) {
        return em.createQuery("SELECT COUNT(s) FROM Specialist s WHERE s.unitCode = :unit", Long.class)
                .setParameter("unit", unitCode).getSingleResult();
    }
}
