package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.store.entity.AgreementEntity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;

public final class AgreementRepository {

    private final EntityManager em;

    AgreementRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<AgreementEntity> find(long id) {
        return Optional.ofNullable(em.find(AgreementEntity.class, id));
    }

    public List<AgreementEntity> ofTeam(long teamId) {
        return em.createQuery("SELECT e FROM Agreement e WHERE e.teamId = :team ORDER BY e.countyCode, e.id",
                AgreementEntity.class).setParameter("team", teamId).getResultList();
    }

    public Page<AgreementEntity> search(String county, String status, PageRequest page) {
        Queries<AgreementEntity> query = new Queries<>(em, AgreementEntity.class, "Agreement");
        if (Queries.isSet(county)) {
            query.where("e.countyCode = :county", "county", county.strip());
        }
        if (status != null) {
            query.where("e.status = :status", "status", status);
        }
        return query.page("e.countyCode, e.id", page);
    }

    /**
     * Agreements that were in force for part of the period: active or ended, with a term overlapping it. An
     * agreement ended early counts until the day it ended.
     */
    public List<AgreementEntity> inForce(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT e FROM Agreement e WHERE e.status IN ('ACTIVE', 'ENDED')"
                        + " AND e.termStart <= :to AND e.termEnd >= :from"
                        + " AND (e.endedOn IS NULL OR e.endedOn >= :from) ORDER BY e.signedOn, e.id",
                AgreementEntity.class).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** Persists a new agreement and returns it with its generated id. */
    public AgreementEntity add(AgreementEntity agreement) {
        em.persist(agreement);
        em.flush();
        return agreement;
    }

    public void remove(AgreementEntity agreement) {
        em.remove(agreement);
    }
}
