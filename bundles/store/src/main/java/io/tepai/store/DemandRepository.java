package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.store.entity.DemandEntity;
import io.tepai.store.entity.DemandMatchEntity;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;

/** Technology demands and their candidate matches (R-DEM-1, R-DEM-2, R-REC-3). */
public final class DemandRepository {

    /** Who sees unpublished drafts in a search: nobody, one county's, or everyone's. */
    public record Drafts(boolean all, String county) {
        public static final Drafts NONE = new Drafts(false, null);
        public static final Drafts ALL = new Drafts(true, null);

        public static Drafts of(String county) {
            return new Drafts(false, county);
        }
    }

    private final EntityManager em;

    DemandRepository(EntityManager em) {
        this.em = em;
    }

    public DemandEntity add(DemandEntity demand) {
        em.persist(demand);
        em.flush();
        return demand;
    }

    public Optional<DemandEntity> find(long id) {
        return Optional.ofNullable(em.find(DemandEntity.class, id));
    }

    /**
     * Demands of a year matching the filters (null: any), newest first; published ones (whatever their status
     * since) and the drafts {@code drafts} lets the caller see.
     */
    public Page<DemandEntity> search(int year, String county, String industry, String status, Drafts drafts,
                                     PageRequest page) {
        Queries<DemandEntity> query = new Queries<>(em, DemandEntity.class, "Demand");
        query.where("e.year = :year", "year", year);
        if (Queries.isSet(county)) {
            query.where("e.countyCode = :county", "county", county.strip());
        }
        if (Queries.isSet(industry)) {
            query.where("e.industry = :industry", "industry", industry.strip());
        }
        if (status != null) {
            query.where("e.status = :status", "status", status);
        }
        if (!drafts.all()) {
            if (drafts.county() == null) {
                query.where("e.publishedAt IS NOT NULL", Map.of());
            } else {
                query.where("(e.publishedAt IS NOT NULL OR e.countyCode = :own)", "own", drafts.county());
            }
        }
        return query.page("e.id DESC", page);
    }

    /**
     * Publishes every draft of a county's table in one statement, moving each row's version (a concurrent edit of
     * one of them is then stale).
     *
     * @return how many drafts were published
     */
    public int publish(String county, int year, String by, Instant at) {
        em.flush();
        int published = em.createQuery("UPDATE Demand e SET e.status = 'PUBLISHED', e.publishedBy = :by,"
                        + " e.publishedAt = :at, e.version = e.version + 1"
                        + " WHERE e.countyCode = :county AND e.year = :year AND e.status = 'DRAFT'")
                .setParameter("by", by).setParameter("at", at).setParameter("county", county)
                .setParameter("year", year).executeUpdate();
        return published;
    }

    /** Demands of the county's published table of the year: published, matched or served (withdrawn ones not). */
    public long countPublished(String county, int year) {
        return em.createQuery("SELECT COUNT(e) FROM Demand e WHERE e.countyCode = :county AND e.year = :year"
                        + " AND e.status IN ('PUBLISHED', 'MATCHED', 'SERVED')", Long.class)
                .setParameter("county", county).setParameter("year", year).getSingleResult();
    }

    public DemandMatchEntity addMatch(DemandMatchEntity match) {
        em.persist(match);
        em.flush();
        return match;
    }

    public Optional<DemandMatchEntity> findMatch(long id) {
        return Optional.ofNullable(em.find(DemandMatchEntity.class, id));
    }

    /** The expert's candidate match on the demand, if they made contact. */
    public Optional<DemandMatchEntity> matchOf(long demandId, long specialistId) {
        return em.createQuery("SELECT m FROM DemandMatch m WHERE m.demandId = :demand AND m.specialistId = :specialist",
                        DemandMatchEntity.class).setParameter("demand", demandId)
                .setParameter("specialist", specialistId).getResultStream().findFirst();
    }

    /** The candidate matches with these ids (those confirmed on a page of demands). */
    public List<DemandMatchEntity> matchesWithIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM DemandMatch m WHERE m.id IN :ids", DemandMatchEntity.class)
                .setParameter("ids", ids).getResultList();
    }

    /** A demand's candidate matches in the order they were recorded. */
    public Page<DemandMatchEntity> matches(long demandId, PageRequest page) {
        return new Queries<>(em, DemandMatchEntity.class, "DemandMatch")
                .where("e.demandId = :demand", "demand", demandId).page("e.id", page);
    }

    /** All of a demand's candidate matches, oldest first: its history (a few experts per demand). */
    public List<DemandMatchEntity> allMatches(long demandId) {
        return em.createQuery("SELECT m FROM DemandMatch m WHERE m.demandId = :demand ORDER BY m.id",
                DemandMatchEntity.class).setParameter("demand", demandId).getResultList();
    }

    /** The match each of the demands confirmed, by demand (absent: none yet). */
    public Map<Long, Long> confirmedMatches(Collection<Long> demandIds) {
        Map<Long, Long> confirmed = new HashMap<>();
        if (!demandIds.isEmpty()) {
            em.createQuery("SELECT e.id, e.confirmedMatchId FROM Demand e WHERE e.id IN :ids"
                            + " AND e.confirmedMatchId IS NOT NULL", Object[].class).setParameter("ids", demandIds)
                    .getResultList().forEach(row -> confirmed.put((Long) row[0], (Long) row[1]));
        }
        return confirmed;
    }

    /** How many candidate matches each of the demands has, counted by the database (absent: none). */
    public Map<Long, Long> candidateCounts(Collection<Long> demandIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!demandIds.isEmpty()) {
            em.createQuery("SELECT m.demandId, COUNT(m) FROM DemandMatch m WHERE m.demandId IN :ids"
                            + " GROUP BY m.demandId", Object[].class).setParameter("ids", demandIds).getResultList()
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }
}
