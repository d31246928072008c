package io.tepai.store;

import io.tepai.store.entity.SquadOfficersEntity;
import io.tepai.store.entity.WorkstationEntity;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;

/** What a county keeps about its squad and workstation (R-SQUAD-1, R-SQUAD-2). */
public final class SquadRepository {

    private final EntityManager em;

    SquadRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<SquadOfficersEntity> officers(String county, int year) {
        return em.createQuery("SELECT e FROM SquadOfficers e WHERE e.countyCode = :county AND e.year = :year",
                        SquadOfficersEntity.class)
                .setParameter("county", county).setParameter("year", year).getResultStream().findFirst();
    }

    /** The officers every county named for the year (counties that named none have no row). */
    public List<SquadOfficersEntity> officersOfYear(int year) {
        return em.createQuery("SELECT e FROM SquadOfficers e WHERE e.year = :year", SquadOfficersEntity.class)
                .setParameter("year", year).getResultList();
    }

    public void addOfficers(SquadOfficersEntity officers) {
        em.persist(officers);
    }

    /** Every workstation, in the counties' official order. */
    public List<WorkstationEntity> workstations() {
        return em.createQuery("SELECT w FROM Workstation w, County c WHERE c.code = w.countyCode"
                + " ORDER BY c.sortOrder", WorkstationEntity.class).getResultList();
    }

    public Optional<WorkstationEntity> workstation(String county) {
        return Optional.ofNullable(em.find(WorkstationEntity.class, county));
    }

    public void addWorkstation(WorkstationEntity workstation) {
        em.persist(workstation);
    }
}
