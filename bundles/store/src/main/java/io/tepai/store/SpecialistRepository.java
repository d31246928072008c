package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.specialist.SpecialistFilter;
import io.tepai.store.entity.SpecialistEntity;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

public final class SpecialistRepository {

    /**
     * Whether any of the specialist's fields contains the pattern bound to the named parameter: the ids of every such
     * specialist, read once, not a subquery correlated to each listed row (issue 17: the search probed the fields of
     * every specialist it passed, for the count and again for the page). EclipseLink's JPQL parser rejects a function
     * over a bare element-collection variable ({@code LOWER(f)}); VALUE(f) names the same element and is accepted.
     */
    private static String anyFieldLike(String parameter) {
        return "e.id IN (SELECT s2.id FROM Specialist s2 JOIN s2.fields f WHERE "
                + Queries.like("VALUE(f)", parameter) + ")";
    }

    private final EntityManager em;

    SpecialistRepository(EntityManager em) {
        this.em = em;
    }

    /** One page of the specialists the filter matches, by id; by number or after a specialist's id (key-set). */
    public Page<SpecialistEntity> search(SpecialistFilter filter, PageRequest page) {
        Queries<SpecialistEntity> query = new Queries<>(em, SpecialistEntity.class, "Specialist");
        // the list's order and key-set seek: specialist id, read from the assignments' index when joined to them
        String key = "e.id";
        if (Queries.isSet(filter.county())) {
            // The year's dispatch is the one truth for who serves a county (R-REC-3, issue 20), never the
            // specialist's wished-for counties.
            String county = filter.county().strip();
            if (filter.year() == null) {
                query.where("EXISTS (SELECT a FROM Assignment a WHERE a.specialistId = e.id AND a.countyCode = :county)",
                        "county", county);
            } else {
                // At most one assignment per specialist, county and year (assignment_once), so the join lists each
                // specialist once; it lets the database start from the county's assignments of the year, in
                // specialist order on their index (V018), instead of probing every specialist's (issue 17).
                query.join("Assignment a").where("a.specialistId = e.id AND a.countyCode = :county AND a.year = :year",
                        Map.of("county", county, "year", filter.year()));
                key = "a.specialistId";
            }
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
        if (filter.guidanceClass() != null) {
            query.where("e.classification = :guidanceClass", "guidanceClass", filter.guidanceClass().name());
        }
        if (Queries.isSet(filter.field())) {
            query.where(anyFieldLike("field"), "field", Queries.containsPattern(filter.field()));
        }
        if (Queries.isSet(filter.text())) {
            query.where("(" + Queries.like("e.name", "text") + " OR " + Queries.like("e.title", "text") + " OR "
                    + anyFieldLike("text") + ")", "text", Queries.containsPattern(filter.text()));
        }
        if (page.after() != null) {
            query.where(key + " > :after", "after", page.after()); // the key's index seeks to the next page
        }
        return query.page(key, page, SpecialistEntity::getId);
    }

    /** Every specialist with the status, by id. */
    public List<SpecialistEntity> withStatus(String status) {
        return em.createQuery("SELECT e FROM Specialist e WHERE e.status = :status ORDER BY e.id", SpecialistEntity.class)
                .setParameter("status", status).getResultList();
    }

    /**
     * The specialists with these ids, by id, in one query per thousand ids ({@link Queries#IN_CHUNK}): for reports
     * that would otherwise load them one by one. Sets of people that a query can name (a county's dispatch, a year's)
     * are better read with {@link #dispatchedTo} or {@link #servingInYear}.
     */
    public List<SpecialistEntity> byIds(Collection<Long> ids) {
        return Queries.inChunks(ids, chunk -> em.createQuery("SELECT e FROM Specialist e WHERE e.id IN :ids"
                + " ORDER BY e.id", SpecialistEntity.class).setParameter("ids", List.copyOf(chunk)).getResultList());
    }

    /**
     * The specialists dispatched to the county in the year, or anywhere when {@code county} is null, each once, by id:
     * one query whatever their number.
     */
    public List<SpecialistEntity> dispatchedTo(String county, int year) {
        TypedQuery<SpecialistEntity> query = em.createQuery("SELECT e FROM Specialist e WHERE EXISTS (SELECT a FROM"
                + " Assignment a WHERE a.specialistId = e.id AND a.year = :year"
                + (county == null ? "" : " AND a.countyCode = :county") + ") ORDER BY e.id", SpecialistEntity.class);
        if (county != null) {
            query.setParameter("county", county);
        }
        return query.setParameter("year", year).getResultList();
    }

    /**
     * R-REC-4: the specialists dispatched anywhere in the year who are still in the programme (not EXITED), each once,
     * by id: one query whatever their number.
     */
    public List<SpecialistEntity> servingInYear(int year) {
        return em.createQuery("SELECT e FROM Specialist e WHERE e.status <> 'EXITED' AND EXISTS (SELECT a FROM"
                        + " Assignment a WHERE a.specialistId = e.id AND a.year = :year) ORDER BY e.id",
                SpecialistEntity.class).setParameter("year", year).getResultList();
    }

    /** Every active specialist and whoever has a confirmed log starting within the days, by id, in one query. */
    public List<SpecialistEntity> activeOrServed(String active, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT e FROM Specialist e WHERE e.status = :active OR EXISTS (SELECT l FROM"
                        + " ServiceLog l WHERE l.specialistId = e.id AND l.status = 'CONFIRMED'"
                        + " AND l.startDate >= :from AND l.startDate <= :to) ORDER BY e.id", SpecialistEntity.class)
                .setParameter("active", active).setParameter("from", from).setParameter("to", to).getResultList();
    }

    public Optional<SpecialistEntity> find(long id) {
        return Optional.ofNullable(em.find(SpecialistEntity.class, id));
    }

    /** Persists many new specialists with one flush (a flush each is quadratic in bulk: it re-checks every managed one). */
    public void addAll(Collection<SpecialistEntity> specialists) {
        specialists.forEach(em::persist);
        em.flush();
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
