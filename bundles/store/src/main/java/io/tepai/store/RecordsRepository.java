package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.store.entity.DemonstrationBaseEntity;
import io.tepai.store.entity.MenteeEntity;
import io.tepai.store.entity.TrainingEntity;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;

/** Training, demonstration bases and mentees: the small registers of a specialist's record. */
public final class RecordsRepository {

    private final EntityManager em;

    RecordsRepository(EntityManager em) {
        this.em = em;
    }

    public Page<TrainingEntity> trainings(Long specialistId, LocalDate from, LocalDate to, PageRequest page) {
        Queries<TrainingEntity> query = new Queries<>(em, TrainingEntity.class, "Training");
        if (specialistId != null) {
            query.where("e.specialistId = :specialist", "specialist", specialistId);
        }
        if (from != null) {
            query.where("e.heldOn >= :from", "from", from);
        }
        if (to != null) {
            query.where("e.heldOn <= :to", "to", to);
        }
        return query.page("e.heldOn DESC, e.id DESC", page);
    }

    public Optional<TrainingEntity> training(long id) {
        return Optional.ofNullable(em.find(TrainingEntity.class, id));
    }

    public Page<DemonstrationBaseEntity> bases(String county, Long specialistId, Long teamId, PageRequest page) {
        Queries<DemonstrationBaseEntity> query = new Queries<>(em, DemonstrationBaseEntity.class,
                "DemonstrationBase");
        if (Queries.isSet(county)) {
            query.where("e.countyCode = :county", "county", county.strip());
        }
        if (specialistId != null) {
            query.where("e.specialistId = :specialist", "specialist", specialistId);
        }
        if (teamId != null) {
            query.where("e.teamId = :team", "team", teamId);
        }
        return query.page("e.countyCode, e.id", page);
    }

    public Optional<DemonstrationBaseEntity> base(long id) {
        return Optional.ofNullable(em.find(DemonstrationBaseEntity.class, id));
    }

    public Page<MenteeEntity> mentees(String county, Long specialistId, PageRequest page) {
        Queries<MenteeEntity> query = new Queries<>(em, MenteeEntity.class, "Mentee");
        if (Queries.isSet(county)) {
            query.where("e.countyCode = :county", "county", county.strip());
        }
        if (specialistId != null) {
            query.where("e.specialistId = :specialist", "specialist", specialistId);
        }
        return query.page("e.countyCode, e.id", page);
    }

    public Optional<MenteeEntity> mentee(long id) {
        return Optional.ofNullable(em.find(MenteeEntity.class, id));
    }

    /** Persists a new record of any of the three kinds and writes it, so that its id is known. */
    public <T> T add(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    /**
     * Training given or received by any of the specialists, held within the days (for evaluation); in order within
     * each thousand specialists.
     */
    public List<TrainingEntity> trainingsOf(Collection<Long> specialistIds, LocalDate from, LocalDate to) {
        return Queries.inChunks(specialistIds, chunk -> em.createQuery("SELECT e FROM Training e"
                        + " WHERE e.specialistId IN :ids AND e.heldOn >= :from AND e.heldOn <= :to"
                        + " ORDER BY e.heldOn, e.id", TrainingEntity.class)
                .setParameter("ids", List.copyOf(chunk)).setParameter("from", from).setParameter("to", to)
                .getResultList());
    }

    /** Demonstration bases any of the specialists built (is recorded for) that were established within the days. */
    public List<DemonstrationBaseEntity> basesOf(Collection<Long> specialistIds, LocalDate from, LocalDate to) {
        return Queries.inChunks(specialistIds, chunk -> em.createQuery("SELECT e FROM DemonstrationBase e"
                        + " WHERE e.specialistId IN :ids AND e.establishedOn >= :from AND e.establishedOn <= :to"
                        + " ORDER BY e.establishedOn, e.id", DemonstrationBaseEntity.class)
                .setParameter("ids", List.copyOf(chunk)).setParameter("from", from).setParameter("to", to)
                .getResultList());
    }

    /** Mentees any of the specialists took on within the days. */
    public List<MenteeEntity> menteesOf(Collection<Long> specialistIds, LocalDate from, LocalDate to) {
        return Queries.inChunks(specialistIds, chunk -> em.createQuery("SELECT e FROM Mentee e"
                        + " WHERE e.specialistId IN :ids AND e.since >= :from AND e.since <= :to ORDER BY e.id",
                        MenteeEntity.class)
                .setParameter("ids", List.copyOf(chunk)).setParameter("from", from).setParameter("to", to)
                .getResultList());
    }
}
