package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.store.entity.IntakeEntity;
import io.tepai.store.entity.ObjectionEntity;
import io.tepai.store.entity.RegistrationEntity;
import io.tepai.store.entity.SelectionDecisionEntity;
import io.tepai.store.entity.SelectionStepEntity;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

/** Intakes, their registrations, selection steps and objections (R-REC-1, R-REC-2). */
public final class IntakeRepository {

    private final EntityManager em;

    IntakeRepository(EntityManager em) {
        this.em = em;
    }

    public <T> T add(T row) {
        em.persist(row);
        em.flush();
        return row;
    }

    public Optional<IntakeEntity> find(long id) {
        return Optional.ofNullable(em.find(IntakeEntity.class, id));
    }

    /**
     * The intake, locked for the rest of the transaction: registrations and objections check its status and must not
     * slip in beside a step that moves it on.
     */
    public Optional<IntakeEntity> lock(long id) {
        return Optional.ofNullable(em.find(IntakeEntity.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Intakes of the year and status (null: any), newest first. */
    public Page<IntakeEntity> intakes(Integer year, String status, PageRequest page) {
        Queries<IntakeEntity> query = new Queries<>(em, IntakeEntity.class, "Intake");
        if (year != null) {
            query.where("e.year = :year", "year", year);
        }
        if (status != null) {
            query.where("e.status = :status", "status", status);
        }
        return query.page("e.id DESC", page);
    }

    /** The year's intakes whose notice has started, newest first (a handful a year). */
    public List<IntakeEntity> noticed(int year) {
        return em.createQuery("SELECT e FROM Intake e WHERE e.year = :year AND e.noticeStart IS NOT NULL"
                + " ORDER BY e.id DESC", IntakeEntity.class).setParameter("year", year).getResultList();
    }

    public Optional<RegistrationEntity> registration(long id) {
        return Optional.ofNullable(em.find(RegistrationEntity.class, id));
    }

    /** The registrations with these ids, in one query. */
    public List<RegistrationEntity> registrations(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM Registration e WHERE e.id IN :ids ORDER BY e.id", RegistrationEntity.class)
                .setParameter("ids", List.copyOf(ids)).getResultList();
    }

    public long countRegistrationsOf(long specialistId) {
        return em.createQuery("SELECT COUNT(e) FROM Registration e WHERE e.specialistId = :specialist", Long.class)
                .setParameter("specialist", specialistId).getSingleResult();
    }

    public Optional<RegistrationEntity> registrationOf(long intakeId, long specialistId) {
        return em.createQuery("SELECT e FROM Registration e WHERE e.intakeId = :intake AND e.specialistId = :specialist",
                        RegistrationEntity.class).setParameter("intake", intakeId).setParameter("specialist", specialistId)
                .getResultList().stream().findFirst();
    }

    /** The intake's registrations of the unit and status (null: any), by id. */
    public Page<RegistrationEntity> registrations(long intakeId, String unit, String status, PageRequest page) {
        Queries<RegistrationEntity> query = new Queries<>(em, RegistrationEntity.class, "Registration");
        query.where("e.intakeId = :intake", "intake", intakeId);
        if (Queries.isSet(unit)) {
            query.where("e.unitCode = :unit", "unit", unit.strip());
        }
        if (status != null) {
            query.where("e.status = :status", "status", status);
        }
        return query.page("e.id", page);
    }

    /**
     * Every registration of the intake with the status. An intake holds the candidates of one city's year (tens, a
     * few hundred at most), which a step decides on together.
     */
    public List<RegistrationEntity> registrationsWithStatus(long intakeId, String status) {
        return em.createQuery("SELECT e FROM Registration e WHERE e.intakeId = :intake AND e.status = :status"
                        + " ORDER BY e.id", RegistrationEntity.class)
                .setParameter("intake", intakeId).setParameter("status", status).getResultList();
    }

    public List<SelectionStepEntity> steps(long intakeId) {
        return em.createQuery("SELECT e FROM SelectionStep e WHERE e.intakeId = :intake ORDER BY e.heldOn, e.id",
                SelectionStepEntity.class).setParameter("intake", intakeId).getResultList();
    }

    /** The decisions of the intake's steps, by step and registration. */
    public List<SelectionDecisionEntity> decisions(long intakeId) {
        return em.createQuery("SELECT d FROM SelectionDecision d WHERE d.stepId IN "
                        + "(SELECT s.id FROM SelectionStep s WHERE s.intakeId = :intake) ORDER BY d.stepId, d.registrationId",
                SelectionDecisionEntity.class).setParameter("intake", intakeId).getResultList();
    }

    /** The decisions on one candidate, by step. */
    public List<SelectionDecisionEntity> decisionsOn(long registrationId) {
        return em.createQuery("SELECT d FROM SelectionDecision d WHERE d.registrationId = :registration ORDER BY d.stepId",
                SelectionDecisionEntity.class).setParameter("registration", registrationId).getResultList();
    }

    public Optional<ObjectionEntity> objection(long id) {
        return Optional.ofNullable(em.find(ObjectionEntity.class, id));
    }

    /** Objections of the intake and status (null: any), newest first. */
    public Page<ObjectionEntity> objections(Long intakeId, String status, PageRequest page) {
        Queries<ObjectionEntity> query = new Queries<>(em, ObjectionEntity.class, "Objection");
        if (intakeId != null) {
            query.where("e.intakeId = :intake", "intake", intakeId);
        }
        if (status != null) {
            query.where("e.status = :status", "status", status);
        }
        return query.page("e.id DESC", page);
    }

    public List<ObjectionEntity> objectionsAgainst(long registrationId) {
        return em.createQuery("SELECT e FROM Objection e WHERE e.registrationId = :registration ORDER BY e.id",
                ObjectionEntity.class).setParameter("registration", registrationId).getResultList();
    }

    public long countObjections(long intakeId, String status) {
        return em.createQuery("SELECT COUNT(e) FROM Objection e WHERE e.intakeId = :intake AND e.status = :status",
                Long.class).setParameter("intake", intakeId).setParameter("status", status).getSingleResult();
    }
}
