package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.specialist.SpecialistFilter;
import io.tepai.store.entity.SpecialistEntity;
import java.util.Optional;
import javax.persistence.EntityManager;

public final class SpecialistRepository {

    private static final String FIELD_LIKE =
            "EXISTS (SELECT f FROM Specialist s2 JOIN s2.fields f WHERE s2 = e AND LOWER(f) LIKE :%s ESCAPE '\\')";

    private final EntityManager em;

    SpecialistRepository(EntityManager em) {
        this.em = em;
    }

    public Page<SpecialistEntity> search(SpecialistFilter filter, PageRequest page) {
        Queries<SpecialistEntity> query = new Queries<>(em, SpecialistEntity.class, "Specialist");
        if (Queries.isSet(filter.county())) {
            query.where(":county MEMBER OF e.counties", "county", filter.county().strip());
        }
        if (Queries.isSet(filter.unit())) {
            query.where("e.unitCode = :unit", "unit", filter.unit().strip());
        }
        if (Queries.isSet(filter.tier())) {
            query.where("e.tierId = :tier", "tier", filter.tier().strip());
        }
        if (filter.status() != null) {
            query.where("e.status = :status", "status", filter.status().name());
        }
        if (Queries.isSet(filter.field())) {
            query.where(String.format(FIELD_LIKE, "field"), "field", Queries.containsPattern(filter.field()));
        }
        if (Queries.isSet(filter.text())) {
            query.where("(LOWER(e.name) LIKE :text ESCAPE '\\' OR LOWER(e.title) LIKE :text ESCAPE '\\' OR "
                    + String.format(FIELD_LIKE, "text") + ")", "text", Queries.containsPattern(filter.text()));
        }
        return query.page("e.id", page);
    }

    public Optional<SpecialistEntity> find(long id) {
        return Optional.ofNullable(em.find(SpecialistEntity.class, id));
    }

    /** Persists a new specialist and returns it with its generated id. */
    public SpecialistEntity add(SpecialistEntity specialist) {
        em.persist(specialist);
        em.flush();
        return specialist;
    }

    public void remove(SpecialistEntity specialist) {
        em.remove(specialist);
    }
}
