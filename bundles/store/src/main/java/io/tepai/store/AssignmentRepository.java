package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.dispatch.AssignmentFilter;
import io.tepai.store.entity.AssignmentEntity;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

public final class AssignmentRepository {

    private final EntityManager em;

    AssignmentRepository(EntityManager em) {
        this.em = em;
    }

    public Page<AssignmentEntity> search(AssignmentFilter filter, PageRequest page) {
        Queries<AssignmentEntity> query = new Queries<>(em, AssignmentEntity.class, "Assignment");
        if (Queries.isSet(filter.county())) {
            query.where("e.countyCode = :county", "county", filter.county().strip());
        }
        if (filter.year() != null) {
            query.where("e.year = :year", "year", filter.year());
        }
        if (filter.specialistId() != null) {
            query.where("e.specialistId = :specialist", "specialist", filter.specialistId());
        }
        if (Queries.isSet(filter.unit())) {
            query.where("EXISTS (SELECT s FROM Specialist s WHERE s.id = e.specialistId AND s.unitCode = :unit)",
                    "unit", filter.unit().strip());
        }
        if (filter.level() != null) {
            query.where("e.level = :level", "level", filter.level().name());
        }
        return query.page("e.year DESC, e.countyCode, e.id", page);
    }

    public Optional<AssignmentEntity> find(long id) {
        return Optional.ofNullable(em.find(AssignmentEntity.class, id));
    }

    /** The specialist's assignments in a programme year, across counties. */
    public List<AssignmentEntity> ofSpecialist(long specialistId, int year) {
        return em.createQuery("SELECT e FROM Assignment e WHERE e.specialistId = :id AND e.year = :year"
                + " ORDER BY e.id", AssignmentEntity.class)
                .setParameter("id", specialistId).setParameter("year", year).getResultList();
    }

    /** The ids of the specialists dispatched to a county in a programme year, each once, ascending. */
    public List<Long> specialistIdsOf(String county, int year) {
        return em.createQuery("SELECT DISTINCT e.specialistId FROM Assignment e WHERE e.countyCode = :county"
                        + " AND e.year = :year ORDER BY e.specialistId", Long.class)
                .setParameter("county", county).setParameter("year", year).getResultList();
    }

    /**
     * The ids of the specialists dispatched anywhere in a programme year, each once, ascending, from the first
     * {@code limit} of the year's assignments after the specialist {@code after}: the year's dispatch a page at a time
     * for the rounds whose subjects together cover all of it (issue 17: 850,000 specialists read at once ran out of a
     * 1 GiB heap). Walked on the (specialist, year) index from {@code after}: a page costs its own rows, where the
     * specialists' key with an EXISTS on the year cost Derby the whole remainder of the year per page. A specialist
     * with several assignments may take several of the {@code limit} rows; the next page starts after the last id,
     * and an empty page ends the dispatch.
     */
    public List<Long> dispatchedIdsAfter(int year, long after, int limit) {
        return em.createQuery("SELECT e.specialistId FROM Assignment e WHERE e.specialistId > :after"
                        + " AND e.year = :year ORDER BY e.specialistId", Long.class)
                .setParameter("after", after).setParameter("year", year).setMaxResults(limit).getResultList()
                .stream().distinct().toList();
    }

    /** These specialists' assignments in a programme year, one query per thousand specialists. */
    public List<AssignmentEntity> ofSpecialists(Collection<Long> specialistIds, int year) {
        return Queries.inChunks(specialistIds, chunk -> em.createQuery("SELECT e FROM Assignment e"
                        + " WHERE e.specialistId IN :ids AND e.year = :year ORDER BY e.specialistId, e.id",
                AssignmentEntity.class).setParameter("ids", List.copyOf(chunk)).setParameter("year", year)
                .getResultList());
    }

    /**
     * R-REC-4: the assignments of the year whose specialist is still in the programme (not EXITED), by county: what
     * coverage, squads and progress count. The assignments of those who left stay, and stay readable.
     */
    public List<AssignmentEntity> servingInYear(int year) {
        return em.createQuery("SELECT e FROM Assignment e WHERE e.year = :year AND " + SERVING
                + " ORDER BY e.countyCode, e.id", AssignmentEntity.class).setParameter("year", year).getResultList();
    }

    /** The same for one county: its squad. */
    public List<AssignmentEntity> servingInCounty(String county, int year) {
        return em.createQuery("SELECT e FROM Assignment e WHERE e.countyCode = :county AND e.year = :year AND "
                + SERVING + " ORDER BY e.id", AssignmentEntity.class).setParameter("county", county)
                .setParameter("year", year).getResultList();
    }

    /**
     * One page of a county's squad in a year (R-REC-4: without who left the programme), each row an assignment and
     * its specialist, in the squad's order (level province, city, county; then name; then assignment), paged and
     * counted in the database (issue 17: a squad of tens of thousands was assembled whole).
     *
     * @param guidanceClass the specialists' guidance class, or null for every member
     */
    public Page<Object[]> squadPage(String county, int year, String guidanceClass, PageRequest page) {
        String where = " FROM Assignment e, Specialist s WHERE s.id = e.specialistId AND e.countyCode = :county"
                + " AND e.year = :year AND s.status <> 'EXITED'"
                + (guidanceClass == null ? "" : " AND s.classification = :class");
        TypedQuery<Object[]> rows = em.createQuery("SELECT e, s, CASE e.level WHEN 'PROVINCE' THEN 0"
                + " WHEN 'CITY' THEN 1 ELSE 2 END AS levelOrder" + where + " ORDER BY levelOrder, s.name, e.id",
                Object[].class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("county", county).setParameter("year", year);
            if (guidanceClass != null) {
                query.setParameter("class", guidanceClass);
            }
        }
        List<Object[]> items = rows.setFirstResult((page.page() - 1) * page.size()).setMaxResults(page.size())
                .getResultList();
        return new Page<>(items, count.getSingleResult(), page.page(), page.size());
    }

    /**
     * R-GOAL-1: how many of the year's assignments (R-REC-4: not of who left the programme) cover each county's
     * leading industries, counted in the database in one statement: rows of county code, industry and count; a cell
     * nobody covers has no row. An assignment covers an industry of its county when it names the industry, or, when
     * it names none, when one of its specialist's fields and the industry contain one another ignoring case (each of
     * two characters at least); else when a confirmed log of the specialist in the county within {@code from} ..
     * {@code to} names the industry. The same rule as {@code IndustryMatch} in core, except that SQL (Derby has no
     * {@code REPLACE}) cannot ignore spaces inside a name; names are stripped when written. The rule is written once,
     * in {@link CoveringSql}, for these counts and for their drill-down ({@link #coveringPage}).
     */
    public List<Object[]> coverageCounts(int year, LocalDate from, LocalDate to) {
        CoveringSql covering = CoveringSql.ofYear(year, from, to);
        List<?> rows = covering.bind(em.createNativeQuery("SELECT c.county_code, c.industry, COUNT(*)"
                + covering.serving() + " GROUP BY c.county_code, c.industry")).getResultList();
        // COUNT(*) is an INTEGER on Derby and a BIGINT on PostgreSQL
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new Object[] {row[0], row[1], ((Number) row[2]).longValue()}).toList();
    }

    /**
     * One page of the assignments covering a county's leading industry in the year (the rule of
     * {@link #coverageCounts}), each row an assignment and its specialist, in the order of dispatch (assignment id):
     * the drill-down of the coverage matrix (issue 17: every covering specialist of every county was one answer).
     * The page's ids and the total come from the rule's SQL, the page's rows from their keys.
     */
    public Page<Object[]> coveringPage(String county, String industry, int year, LocalDate from, LocalDate to,
                                       PageRequest page) {
        CoveringSql covering = CoveringSql.ofCell(county, industry, year, from, to);
        long total = ((Number) covering.bind(em.createNativeQuery("SELECT COUNT(*)" + covering.serving()))
                .getSingleResult()).longValue();
        List<Long> ids = covering.bind(em.createNativeQuery("SELECT c.assignment_id" + covering.serving()
                        + " ORDER BY c.assignment_id OFFSET " + (long) (page.page() - 1) * page.size()
                        + " ROWS FETCH NEXT " + page.size() + " ROWS ONLY")).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
        List<Object[]> items = ids.isEmpty() ? List.of() : em.createQuery("SELECT e, s FROM Assignment e,"
                        + " Specialist s WHERE s.id = e.specialistId AND e.id IN :ids ORDER BY e.id", Object[].class)
                .setParameter("ids", ids).getResultList();
        return new Page<>(items, total, page.page(), page.size());
    }

    private static final String SERVING = "NOT EXISTS (SELECT s FROM Specialist s WHERE s.id = e.specialistId"
            + " AND s.status = 'EXITED')";

    /**
     * Specialists dispatched in the year per county and guidance class (R-TIER-2), counted in the database: rows of
     * county code, class and count. A specialist has one assignment per county and year at most (constraint
     * {@code assignment_once}), so the rows are counted, not made distinct: the distinct count sorted the whole year's
     * dispatch (850,000 rows nationally, 0.6 s of coverage's 1 s here).
     */
    public List<Object[]> classesByCounty(int year) {
        return em.createQuery("SELECT a.countyCode, s.classification, COUNT(s) FROM Assignment a,"
                + " Specialist s WHERE a.specialistId = s.id AND a.year = :year"
                + " GROUP BY a.countyCode, s.classification", Object[].class).setParameter("year", year)
                .getResultList();
    }

    /** Specialists dispatched in the year per guidance class, each once however many counties they serve. */
    public List<Object[]> classes(int year) {
        return em.createQuery("SELECT s.classification, COUNT(DISTINCT s.id) FROM Assignment a, Specialist s"
                + " WHERE a.specialistId = s.id AND a.year = :year GROUP BY s.classification", Object[].class)
                .setParameter("year", year).getResultList();
    }

    public long yearsDispatched(long specialistId, String county, int from, int to) {
        return em.createQuery("SELECT COUNT(DISTINCT e.year) FROM Assignment e WHERE e.specialistId = :id"
                        + " AND e.countyCode = :county AND e.year BETWEEN :from AND :to", Long.class)
                .setParameter("id", specialistId).setParameter("county", county).setParameter("from", from)
                .setParameter("to", to).getSingleResult();
    }

    /**
     * Where these specialists are dispatched in the years, in one query for a chunk of an import: specialist id,
     * county code and year, each once.
     */
    public List<Object[]> dispatchesOf(Collection<Long> specialistIds, int from, int to) {
        if (specialistIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT e.specialistId, e.countyCode, e.year FROM Assignment e"
                        + " WHERE e.specialistId IN :ids AND e.year BETWEEN :from AND :to", Object[].class)
                .setParameter("ids", List.copyOf(specialistIds)).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /** How many assignments name the specialist; a dispatched specialist cannot be deleted from the register. */
    public long countOfSpecialist(long specialistId) {
        return em.createQuery("SELECT COUNT(e) FROM Assignment e WHERE e.specialistId = :id", Long.class)
                .setParameter("id", specialistId).getSingleResult();
    }

    /** Persists many new assignments with one flush (a flush each is quadratic in bulk: it re-checks every managed one). */
    public void addAll(Collection<AssignmentEntity> assignments) {
        assignments.forEach(em::persist);
        em.flush();
    }

    /** Persists a new assignment and returns it with its generated id. */
    public AssignmentEntity add(AssignmentEntity assignment) {
        em.persist(assignment);
        em.flush();
        return assignment;
    }

    public void remove(AssignmentEntity assignment) {
        em.remove(assignment);
    }
}
