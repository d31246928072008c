package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.store.entity.RosterCountyRequestEntity;
import io.tepai.store.entity.RosterEntity;
import io.tepai.store.entity.RosterEntryEntity;
import io.tepai.store.entity.RosterWishEntity;
import io.tepai.store.entity.SpecialistEntity;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;

/**
 * The yearly roster adjustment (R-REC-4): its inputs (wishes, counties' requests), the roster of a year and its
 * entries. Everything a roster reads about many specialists is read a page of ids at a time.
 */
public final class RosterRepository {

    private final EntityManager em;

    RosterRepository(EntityManager em) {
        this.em = em;
    }

    // wishes

    public Optional<RosterWishEntity> wish(int year, long specialistId) {
        return em.createQuery("SELECT e FROM RosterWish e WHERE e.year = :year AND e.specialistId = :id",
                        RosterWishEntity.class).setParameter("year", year).setParameter("id", specialistId)
                .getResultStream().findFirst();
    }

    public RosterWishEntity add(RosterWishEntity wish) {
        em.persist(wish);
        em.flush();
        return wish;
    }

    /** Wishes matching the filters (null: any), by specialist. */
    public Page<RosterWishEntity> wishes(Integer year, Long specialistId, String unit, PageRequest page) {
        Queries<RosterWishEntity> query = new Queries<>(em, RosterWishEntity.class, "RosterWish");
        if (year != null) {
            query.where("e.year = :year", "year", year);
        }
        if (specialistId != null) {
            query.where("e.specialistId = :specialist", "specialist", specialistId);
        }
        if (Queries.isSet(unit)) {
            query.where("EXISTS (SELECT s FROM Specialist s WHERE s.id = e.specialistId AND s.unitCode = :unit)",
                    "unit", unit.strip());
        }
        return query.page("e.year DESC, e.specialistId", page);
    }

    public List<RosterWishEntity> wishesOf(int year, Collection<Long> specialistIds) {
        return specialistIds.isEmpty() ? List.of() : em.createQuery("SELECT e FROM RosterWish e WHERE e.year = :year"
                        + " AND e.specialistId IN :ids", RosterWishEntity.class).setParameter("year", year)
                .setParameter("ids", specialistIds).getResultList();
    }

    // counties' requests

    public Optional<RosterCountyRequestEntity> request(int year, String county, long specialistId) {
        return em.createQuery("SELECT e FROM RosterCountyRequest e WHERE e.year = :year AND e.countyCode = :county"
                        + " AND e.specialistId = :id", RosterCountyRequestEntity.class).setParameter("year", year)
                .setParameter("county", county).setParameter("id", specialistId).getResultStream().findFirst();
    }

    public RosterCountyRequestEntity add(RosterCountyRequestEntity request) {
        em.persist(request);
        em.flush();
        return request;
    }

    /** Requests matching the filters (null: any), by county and specialist. */
    public Page<RosterCountyRequestEntity> requests(Integer year, String county, Long specialistId, String unit,
                                                   PageRequest page) {
        Queries<RosterCountyRequestEntity> query = new Queries<>(em, RosterCountyRequestEntity.class,
                "RosterCountyRequest");
        if (year != null) {
            query.where("e.year = :year", "year", year);
        }
        if (Queries.isSet(county)) {
            query.where("e.countyCode = :county", "county", county.strip());
        }
        if (specialistId != null) {
            query.where("e.specialistId = :specialist", "specialist", specialistId);
        }
        if (Queries.isSet(unit)) {
            query.where("EXISTS (SELECT s FROM Specialist s WHERE s.id = e.specialistId AND s.unitCode = :unit)",
                    "unit", unit.strip());
        }
        return query.page("e.year DESC, e.countyCode, e.specialistId", page);
    }

    public List<RosterCountyRequestEntity> requestsOf(int year, Collection<Long> specialistIds) {
        return specialistIds.isEmpty() ? List.of() : em.createQuery("SELECT e FROM RosterCountyRequest e"
                        + " WHERE e.year = :year AND e.specialistId IN :ids ORDER BY e.countyCode",
                        RosterCountyRequestEntity.class).setParameter("year", year)
                .setParameter("ids", specialistIds).getResultList();
    }

    // what a roster is prepared from

    /** Up to {@code size} appointed (ACTIVE) specialists with an id above {@code afterId}, by id. */
    public List<SpecialistEntity> activeAfter(long afterId, int size) {
        return em.createQuery("SELECT s FROM Specialist s WHERE s.status = 'ACTIVE' AND s.id > :after ORDER BY s.id",
                SpecialistEntity.class).setParameter("after", afterId).setMaxResults(size).getResultList();
    }

    /** The counties each of the specialists was dispatched to in the year, by specialist id. */
    public Map<Long, List<String>> servedCounties(int year, Collection<Long> specialistIds) {
        Map<Long, List<String>> counties = new LinkedHashMap<>();
        if (!specialistIds.isEmpty()) {
            em.createQuery("SELECT a.specialistId, a.countyCode FROM Assignment a WHERE a.year = :year"
                            + " AND a.specialistId IN :ids ORDER BY a.countyCode", Object[].class)
                    .setParameter("year", year).setParameter("ids", specialistIds).getResultList()
                    .forEach(row -> counties.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>())
                            .add((String) row[1]));
        }
        return counties;
    }

    /**
     * The published specialist results of the year for the specialists (subject keys are their ids as text): subject
     * key, evaluator (the county), grade, renewal proposal, round id.
     */
    public List<Object[]> publishedResults(int year, Collection<String> subjectKeys) {
        return subjectKeys.isEmpty() ? List.of() : em.createQuery("SELECT r.subjectKey, o.evaluator, r.grade,"
                        + " r.renewal, o.id FROM EvaluationResult r, EvaluationRound o WHERE o.id = r.roundId"
                        + " AND o.year = :year AND o.kind = 'SPECIALIST' AND o.status = 'PUBLISHED'"
                        + " AND r.subjectKey IN :keys ORDER BY o.evaluator", Object[].class)
                .setParameter("year", year).setParameter("keys", subjectKeys).getResultList();
    }

    // rosters and their entries

    public Optional<RosterEntity> roster(int year) {
        return em.createQuery("SELECT e FROM Roster e WHERE e.year = :year", RosterEntity.class)
                .setParameter("year", year).getResultStream().findFirst();
    }

    public Optional<RosterEntity> rosterById(long id) {
        return Optional.ofNullable(em.find(RosterEntity.class, id));
    }

    public RosterEntity add(RosterEntity roster) {
        em.persist(roster);
        em.flush();
        return roster;
    }

    public Optional<RosterEntryEntity> entry(long id) {
        return Optional.ofNullable(em.find(RosterEntryEntity.class, id));
    }

    public RosterEntryEntity add(RosterEntryEntity entry) {
        em.persist(entry);
        return entry;
    }

    public List<RosterEntryEntity> entriesOf(long rosterId, Collection<Long> specialistIds) {
        return specialistIds.isEmpty() ? List.of() : em.createQuery("SELECT e FROM RosterEntry e"
                        + " WHERE e.rosterId = :roster AND e.specialistId IN :ids", RosterEntryEntity.class)
                .setParameter("roster", rosterId).setParameter("ids", specialistIds).getResultList();
    }

    /** Drops the entries of specialists no longer appointed (ACTIVE): they are not on the roster any more. */
    public int removeEntriesOfInactive(long rosterId) {
        return em.createQuery("DELETE FROM RosterEntry e WHERE e.rosterId = :roster AND NOT EXISTS"
                        + " (SELECT s FROM Specialist s WHERE s.id = e.specialistId AND s.status = 'ACTIVE')")
                .setParameter("roster", rosterId).executeUpdate();
    }

    /**
     * Entries matching the filters (null: any), by id.
     *
     * @param servedYear with {@code county}: entries of specialists dispatched to the county in this year
     */
    public Page<RosterEntryEntity> entries(long rosterId, String outcome, String unit, String county, int servedYear,
                                           Long specialistId, PageRequest page) {
        Queries<RosterEntryEntity> query = new Queries<>(em, RosterEntryEntity.class, "RosterEntry");
        query.where("e.rosterId = :roster", "roster", rosterId);
        if (outcome != null) {
            query.where("e.outcome = :outcome", "outcome", outcome);
        }
        if (Queries.isSet(unit)) {
            query.where("e.unitCode = :unit", "unit", unit.strip());
        }
        if (Queries.isSet(county)) {
            query.where("EXISTS (SELECT a FROM Assignment a WHERE a.specialistId = e.specialistId"
                    + " AND a.countyCode = :county AND a.year = :served)", Map.of("county", county.strip(),
                    "served", servedYear));
        }
        if (specialistId != null) {
            query.where("e.specialistId = :specialist", "specialist", specialistId);
        }
        return query.page("e.id", page);
    }

    /** Up to {@code size} entries with the outcome and an id above {@code afterId}, by id. */
    public List<RosterEntryEntity> entriesAfter(long rosterId, Collection<String> outcomes, long afterId, int size) {
        return em.createQuery("SELECT e FROM RosterEntry e WHERE e.rosterId = :roster AND e.outcome IN :outcomes"
                        + " AND e.id > :after ORDER BY e.id", RosterEntryEntity.class).setParameter("roster", rosterId)
                .setParameter("outcomes", outcomes).setParameter("after", afterId).setMaxResults(size)
                .getResultList();
    }

    /** How many entries have each outcome in force, counted in the database. */
    public Map<String, Long> outcomeCounts(long rosterId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("SELECT e.outcome, COUNT(e) FROM RosterEntry e WHERE e.rosterId = :roster GROUP BY e.outcome",
                        Object[].class).setParameter("roster", rosterId).getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * How far the roster is behind the register: appointed (ACTIVE) specialists without an entry, and entries of
     * specialists no longer appointed.
     */
    public long staleCount(long rosterId) {
        long missing = em.createQuery("SELECT COUNT(s) FROM Specialist s WHERE s.status = 'ACTIVE' AND NOT EXISTS"
                + " (SELECT e FROM RosterEntry e WHERE e.rosterId = :roster AND e.specialistId = s.id)", Long.class)
                .setParameter("roster", rosterId).getSingleResult();
        long gone = em.createQuery("SELECT COUNT(e) FROM RosterEntry e WHERE e.rosterId = :roster AND NOT EXISTS"
                + " (SELECT s FROM Specialist s WHERE s.id = e.specialistId AND s.status = 'ACTIVE')", Long.class)
                .setParameter("roster", rosterId).getSingleResult();
        return missing + gone;
    }

    /** Which of the specialists have a term (聘期) covering every day from {@code first} to {@code last}. */
    public Set<Long> termCovering(Collection<Long> specialistIds, LocalDate first, LocalDate last) {
        return specialistIds.isEmpty() ? Set.of() : new HashSet<>(em.createQuery("SELECT DISTINCT t.specialistId"
                        + " FROM SpecialistTerm t WHERE t.specialistId IN :ids AND t.start <= :first AND t.end >= :last",
                        Long.class).setParameter("ids", specialistIds).setParameter("first", first)
                .setParameter("last", last).getResultList());
    }

    /** How many entries the city office adjusted. */
    public long adjustedCount(long rosterId) {
        return em.createQuery("SELECT COUNT(e) FROM RosterEntry e WHERE e.rosterId = :roster AND e.adjustedAt IS NOT"
                + " NULL", Long.class).setParameter("roster", rosterId).getSingleResult();
    }
}
