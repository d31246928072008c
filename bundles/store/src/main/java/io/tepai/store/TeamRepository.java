package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.team.TeamFilter;
import io.tepai.store.entity.TeamEntity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

public final class TeamRepository {

    private final EntityManager em;

    TeamRepository(EntityManager em) {
        this.em = em;
    }

    public Page<TeamEntity> search(TeamFilter filter, PageRequest page) {
        Queries<TeamEntity> query = new Queries<>(em, TeamEntity.class, "Team");
        if (filter.level() != null) {
            query.where("e.level = :level", "level", filter.level().name());
        }
        if (Queries.isSet(filter.county())) {
            query.where("(e.countyCode = :county OR EXISTS (SELECT a FROM Agreement a WHERE a.teamId = e.id"
                    + " AND a.countyCode = :county))", "county", filter.county().strip());
        }
        if (filter.status() != null) {
            query.where("e.status = :status", "status", filter.status().name());
        }
        if (Queries.isSet(filter.industry())) {
            query.where(Queries.like("e.industry", "industry"), "industry", Queries.containsPattern(filter.industry()));
        }
        if (Queries.isSet(filter.text())) {
            query.where("(" + Queries.like("e.name", "text") + " OR " + Queries.like("e.industry", "text") + ")",
                    "text", Queries.containsPattern(filter.text()));
        }
        if (Queries.isSet(filter.unit())) {
            query.where("e.unitCode = :unit", "unit", filter.unit().strip());
        }
        return query.page("e.id", page);
    }

    public Optional<TeamEntity> find(long id) {
        return Optional.ofNullable(em.find(TeamEntity.class, id));
    }

    /** Teams with the given status, e.g. the active ones for coverage. */
    public List<TeamEntity> withStatus(String status) {
        return em.createQuery("SELECT e FROM Team e WHERE e.status = :status ORDER BY e.id", TeamEntity.class)
                .setParameter("status", status).getResultList();
    }

    /**
     * Teams of one level, and for county-level teams of one county, that served for part of the period: active or
     * closed with a term overlapping it, ordered by id.
     *
     * @param county the owning county of county-level teams; null for any (city teams have none)
     */
    public List<TeamEntity> servedIn(String level, String county, LocalDate from, LocalDate to) {
        TypedQuery<TeamEntity> query = em.createQuery("SELECT e FROM Team e WHERE e.level = :level"
                + (county == null ? "" : " AND e.countyCode = :county")
                + " AND e.status IN ('ACTIVE', 'CLOSED') AND e.termStart <= :to AND e.termEnd >= :from"
                + " ORDER BY e.id", TeamEntity.class);
        if (county != null) {
            query.setParameter("county", county);
        }
        return query.setParameter("level", level).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /** Persists a new team and returns it with its generated id. */
    public TeamEntity add(TeamEntity team) {
        em.persist(team);
        em.flush();
        return team;
    }

    public void remove(TeamEntity team) {
        em.remove(team);
    }

    /** How many teams the specialist is a member of; a member cannot be deleted from the register. */
    public long countMemberships(long specialistId) {
        return em.createQuery("SELECT COUNT(e) FROM Team e JOIN e.members m WHERE m.specialistId = :id", Long.class)
                .setParameter("id", specialistId).getSingleResult();
    }
}
