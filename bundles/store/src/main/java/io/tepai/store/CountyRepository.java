package io.tepai.store;

import io.tepai.store.entity.CountyEntity;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;

public final class CountyRepository {

    private final EntityManager em;

    CountyRepository(EntityManager em) {
        this.em = em;
    }

    /** All counties in their official order. */
    public List<CountyEntity> all() {
        return em.createQuery("SELECT c FROM County c ORDER BY c.sortOrder", CountyEntity.class).getResultList();
    }

    public Optional<CountyEntity> find(String code) {
        return Optional.ofNullable(em.find(CountyEntity.class, code));
    }
}
