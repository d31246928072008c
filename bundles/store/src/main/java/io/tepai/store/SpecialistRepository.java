package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.specialist.SpecialistFilter;
import io.tepai.store.entity.SearchGrams;
import io.tepai.store.entity.SpecialistEntity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

public final class SpecialistRepository {

    /**
     * Whether any of the specialist's fields contains the pattern bound to the named parameter: probed per candidate
     * on its fields' index, the candidates being the few that hold the pattern's grams ({@link #seekGrams}). A count
     * rather than an EXISTS: PostgreSQL turns a top-level EXISTS into a semi-join that may first collect every
     * specialist with a matching field (all of specialist_field) instead of probing the candidates' own.
     */
    private static String anyFieldLike(String parameter) {
        return "(SELECT COUNT(f) FROM SpecialistField f WHERE f.owner = e.id AND "
                + Queries.like("f.field", parameter) + ") > 0";
    }

    /**
     * Issue 17: narrows a text search to the specialists holding every gram of its text (V022, {@link SearchGrams}),
     * each gram a join on the (gram, specialist_id) key, and returns the list's key. With no other join the first
     * gram's rows become the list: walked in specialist order from its index, so a page (or an after= page) is a short
     * range and the exact LIKE runs only on those candidates. A text no gram serves is left to the LIKE alone.
     */
    private static String seekGrams(Queries<SpecialistEntity> query, Collection<String> grams, String key) {
        String owner = key;
        int i = 0;
        for (String gram : grams.stream().distinct().limit(SearchGrams.MAX_QUERY_GRAMS).toList()) {
            String alias = "g" + i++;
            query.join("SpecialistGram " + alias);
            if (owner.equals("e.id")) {
                query.where(alias + ".owner = e.id AND " + alias + ".gram = :" + alias, alias, gram);
                owner = alias + ".owner";
            } else {
                query.where(alias + ".owner = " + owner + " AND " + alias + ".gram = :" + alias, alias, gram);
            }
        }
        return owner;
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
                // specialist order on their index (V020), instead of probing every specialist's (issue 17).
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
        List<String> grams = new ArrayList<>();
        if (Queries.isSet(filter.field())) {
            query.where(anyFieldLike("field"), "field", Queries.containsPattern(filter.field()));
            grams.addAll(SearchGrams.ofQuery(filter.field()));
        }
        if (Queries.isSet(filter.text())) {
            query.where("(" + Queries.like("e.name", "text") + " OR " + Queries.like("e.title", "text") + " OR "
                    + anyFieldLike("text") + ")", "text", Queries.containsPattern(filter.text()));
            grams.addAll(SearchGrams.ofQuery(filter.text()));
        }
        key = seekGrams(query, grams, key);
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

    /**
     * Whom progress covers (R-SVC-2), as conditions on the specialist (R-REC-4: never who left the programme):
     * dispatched to {@code county} in {@code year}, among {@code members}, of {@code unit} and {@code guidanceClass}
     * when set; with neither county nor members every active specialist and whoever served in the period;
     * {@code only} one specialist (their own progress).
     */
    public record ProgressScope(String county, Collection<Long> members, String unit, String guidanceClass,
                                Long only, int year, LocalDate from, LocalDate to) {

        private String where() {
            StringBuilder where = new StringBuilder(" e.status <> 'EXITED'");
            if (county != null) {
                where.append(" AND EXISTS (SELECT a FROM Assignment a WHERE a.specialistId = e.id"
                        + " AND a.year = :year AND a.countyCode = :county)");
            }
            if (members != null) {
                where.append(" AND e.id IN :members");
            }
            if (county == null && members == null) {
                where.append(" AND (e.status = 'ACTIVE' OR EXISTS (SELECT l FROM ServiceLog l WHERE"
                        + " l.specialistId = e.id AND l.status = 'CONFIRMED' AND l.startDate >= :from"
                        + " AND l.startDate <= :to))");
            }
            if (unit != null) {
                where.append(" AND e.unitCode = :unit");
            }
            if (guidanceClass != null) {
                where.append(" AND e.classification = :guidance");
            }
            if (only != null) {
                where.append(" AND e.id = :only");
            }
            return where.toString();
        }

        private <T> TypedQuery<T> bind(TypedQuery<T> query, boolean period) {
            if (county != null) {
                query.setParameter("year", year).setParameter("county", county);
            }
            if (members != null) {
                query.setParameter("members", List.copyOf(members));
            }
            if (period || county == null && members == null) {
                query.setParameter("from", from).setParameter("to", to);
            }
            if (unit != null) {
                query.setParameter("unit", unit);
            }
            if (guidanceClass != null) {
                query.setParameter("guidance", guidanceClass);
            }
            if (only != null) {
                query.setParameter("only", only);
            }
            return query;
        }

        /** A team without members covers no one; {@code IN ()} is no statement. */
        private boolean empty() {
            return members != null && members.isEmpty();
        }
    }

    /** One page of the specialists in scope, by name, counted in the database (issue 17). */
    public Page<SpecialistEntity> progressPage(ProgressScope scope, PageRequest page) {
        if (scope.empty()) {
            return new Page<>(List.of(), 0, page.page(), page.size());
        }
        List<SpecialistEntity> items = scope.bind(em.createQuery("SELECT e FROM Specialist e WHERE" + scope.where()
                        + " ORDER BY e.name, e.id", SpecialistEntity.class), false)
                .setFirstResult((page.page() - 1) * page.size()).setMaxResults(page.size()).getResultList();
        long total = scope.bind(em.createQuery("SELECT COUNT(e) FROM Specialist e WHERE" + scope.where(),
                Long.class), false).getSingleResult();
        return new Page<>(items, total, page.page(), page.size());
    }

    /** The specialists in scope per guidance class: rows of class and count, one query. */
    public List<Object[]> progressPeopleByClass(ProgressScope scope) {
        return scope.empty() ? List.of() : scope.bind(em.createQuery("SELECT e.classification, COUNT(e) FROM"
                + " Specialist e WHERE" + scope.where() + " GROUP BY e.classification", Object[].class), false)
                .getResultList();
    }

    /**
     * Their confirmed service in the period (wherever it was) per guidance class: rows of class, field days and
     * number of logs, summed in the database.
     */
    public List<Object[]> progressServiceByClass(ProgressScope scope) {
        return scope.empty() ? List.of() : scope.bind(em.createQuery("SELECT e.classification, SUM(s.fieldDays),"
                + " COUNT(s) FROM ServiceLog s, Specialist e WHERE s.specialistId = e.id AND s.status = 'CONFIRMED'"
                + " AND s.startDate >= :from AND s.startDate <= :to AND" + scope.where()
                + " GROUP BY e.classification", Object[].class), true).getResultList();
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
