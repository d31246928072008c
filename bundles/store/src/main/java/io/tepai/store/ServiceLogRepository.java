package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.field.LogFilter;
import io.tepai.store.entity.ServiceLogEntity;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;

public final class ServiceLogRepository {

    private final EntityManager em;

    ServiceLogRepository(EntityManager em) {
        this.em = em;
    }

    /** One page of the logs the filter matches, newest first; by number or after a log's id (key-set). */
    public Page<ServiceLogEntity> search(LogFilter filter, PageRequest page) {
        Queries<ServiceLogEntity> query = new Queries<>(em, ServiceLogEntity.class, "ServiceLog");
        if (filter.specialistId() != null) {
            query.where("e.specialistId = :specialist", "specialist", filter.specialistId());
        }
        if (Queries.isSet(filter.county())) {
            query.where("e.countyCode = :county", "county", filter.county().strip());
        }
        if (Queries.isSet(filter.unit())) {
            query.where("EXISTS (SELECT s FROM Specialist s WHERE s.id = e.specialistId AND s.unitCode = :unit)",
                    "unit", filter.unit().strip());
        }
        if (filter.recipientId() != null) {
            query.where(":recipient MEMBER OF e.recipientIds", "recipient", filter.recipientId());
        }
        if (filter.status() != null) {
            query.where("e.status = :status", "status", filter.status().name());
        }
        if (filter.from() != null) {
            query.where("e.endDate >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            query.where("e.startDate <= :to", "to", filter.to());
        }
        if (page.after() != null) {
            // newest first: the logs after the given one in that order, sought through the (start date, id) indexes
            // (the redundant first bound lets both databases start the index range there)
            query.where("e.startDate <= :afterStart AND (e.startDate < :afterStart OR e.id < :after)",
                    Map.of("afterStart", startDateOf(page.after()), "after", page.after()));
        }
        return query.page("e.startDate DESC, e.id DESC", page, ServiceLogEntity::getId);
    }

    /** The start date of the log a key-set page follows; a 400 on {@code after} when there is no such log. */
    private LocalDate startDateOf(long id) {
        List<LocalDate> start = em.createQuery("SELECT e.startDate FROM ServiceLog e WHERE e.id = :id", LocalDate.class)
                .setParameter("id", id).getResultList();
        if (start.isEmpty()) {
            throw ValidationException.of("after", "no service log " + id + " to page after");
        }
        return start.get(0);
    }

    public Optional<ServiceLogEntity> find(long id) {
        return Optional.ofNullable(em.find(ServiceLogEntity.class, id));
    }

    /** The logs with these ids, by id, in one query per thousand ids. */
    public List<ServiceLogEntity> byIds(Collection<Long> ids) {
        return Queries.inChunks(ids, chunk -> em.createQuery("SELECT e FROM ServiceLog e WHERE e.id IN :ids"
                + " ORDER BY e.id", ServiceLogEntity.class).setParameter("ids", List.copyOf(chunk)).getResultList());
    }

    /**
     * The confirmed logs of these specialists that start within the period, by specialist and start: the evidence of
     * a programme year for the subjects of an evaluation, never the whole city's year when a county is evaluated. Their
     * recipients and outcome indicators are read in batches when first touched (the mappings' {@code @BatchFetch}).
     */
    public List<ServiceLogEntity> confirmedOf(Collection<Long> specialistIds, LocalDate from, LocalDate to) {
        return Queries.inChunks(specialistIds, chunk -> em.createQuery("SELECT e FROM ServiceLog e"
                        + " WHERE e.specialistId IN :ids AND e.status = 'CONFIRMED' AND e.startDate >= :from"
                        + " AND e.startDate <= :to ORDER BY e.specialistId, e.startDate, e.id", ServiceLogEntity.class)
                .setParameter("ids", List.copyOf(chunk)).setParameter("from", from).setParameter("to", to)
                .getResultList());
    }

    /**
     * The days in the field of these specialists' logs touching the period, whatever their status, by start and id, in
     * one query for a chunk of an import or a single log's write: log id, specialist id, field days, start and end
     * date. {@code earliestStart} bounds the start dates from below (a log is at most so long), so that the
     * (specialist, start date) index serves a range instead of every earlier log of each specialist; only these five
     * columns are read, no log is loaded as an entity.
     */
    public List<Object[]> fieldTimeOf(Collection<Long> specialistIds, LocalDate from, LocalDate to,
                                      LocalDate earliestStart) {
        if (specialistIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e.id, e.specialistId, e.fieldDays, e.startDate, e.endDate FROM ServiceLog e"
                        + " WHERE e.specialistId IN :ids AND e.startDate >= :earliest AND e.startDate <= :to"
                        + " AND e.endDate >= :from ORDER BY e.startDate, e.id", Object[].class)
                .setParameter("ids", List.copyOf(specialistIds)).setParameter("from", from).setParameter("to", to)
                .setParameter("earliest", earliestStart).getResultList();
    }

    /**
     * The confirmed logs starting within the period of everyone dispatched anywhere in the programme year, by
     * specialist and start, in one query: for rounds whose subjects are the whole dispatch (units, counties' work),
     * where reading the ids a thousand at a time only adds statements.
     */
    public List<ServiceLogEntity> confirmedOfDispatched(int year, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT e FROM ServiceLog e WHERE e.status = 'CONFIRMED' AND e.startDate >= :from"
                        + " AND e.startDate <= :to AND EXISTS (SELECT a FROM Assignment a"
                        + " WHERE a.specialistId = e.specialistId AND a.year = :year)"
                        + " ORDER BY e.specialistId, e.startDate, e.id", ServiceLogEntity.class)
                .setParameter("from", from).setParameter("to", to).setParameter("year", year).getResultList();
    }

    /**
     * Every specialist's confirmed service in the period, summed in the database: specialist id, field days, number
     * of logs; one row per specialist with any.
     */
    public List<Object[]> confirmedTotals(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT e.specialistId, SUM(e.fieldDays), COUNT(e) FROM ServiceLog e"
                        + " WHERE e.status = 'CONFIRMED' AND e.startDate >= :from AND e.startDate <= :to"
                        + " GROUP BY e.specialistId", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** The same for these specialists only, one query per thousand of them. */
    public List<Object[]> confirmedTotalsOf(Collection<Long> specialistIds, LocalDate from, LocalDate to) {
        return Queries.inChunks(specialistIds, chunk -> em.createQuery("SELECT e.specialistId, SUM(e.fieldDays),"
                        + " COUNT(e) FROM ServiceLog e WHERE e.specialistId IN :ids AND e.status = 'CONFIRMED'"
                        + " AND e.startDate >= :from AND e.startDate <= :to GROUP BY e.specialistId", Object[].class)
                .setParameter("ids", List.copyOf(chunk)).setParameter("from", from).setParameter("to", to)
                .getResultList());
    }

    /**
     * These specialists' confirmed service in the period per county they served, summed in the database: specialist
     * id, county code, field days, number of logs.
     */
    public List<Object[]> confirmedTotalsByCounty(Collection<Long> specialistIds, LocalDate from, LocalDate to) {
        return Queries.inChunks(specialistIds, chunk -> em.createQuery("SELECT e.specialistId, e.countyCode,"
                        + " SUM(e.fieldDays), COUNT(e) FROM ServiceLog e WHERE e.specialistId IN :ids"
                        + " AND e.status = 'CONFIRMED' AND e.startDate >= :from AND e.startDate <= :to"
                        + " GROUP BY e.specialistId, e.countyCode", Object[].class)
                .setParameter("ids", List.copyOf(chunk)).setParameter("from", from).setParameter("to", to)
                .getResultList());
    }

    /**
     * What the built-in evaluation criteria score of these specialists' confirmed service in the period, summed in the
     * database per specialist and county served: specialist id, county code, field days, number of logs, number of
     * logs with a satisfaction rating, the sum of those ratings. For a SPECIALIST round no plug-in criterion reads
     * (issue 17): one row per specialist and county instead of every log of a thousand specialists as an entity.
     */
    public List<Object[]> confirmedScoredByCountyOf(Collection<Long> specialistIds, LocalDate from, LocalDate to) {
        return Queries.inChunks(specialistIds, chunk -> em.createQuery("SELECT e.specialistId, e.countyCode,"
                        + " SUM(e.fieldDays), COUNT(e), COUNT(e.satisfaction), SUM(e.satisfaction) FROM ServiceLog e"
                        + " WHERE e.specialistId IN :ids AND e.status = 'CONFIRMED' AND e.startDate >= :from"
                        + " AND e.startDate <= :to GROUP BY e.specialistId, e.countyCode", Object[].class)
                .setParameter("ids", List.copyOf(chunk)).setParameter("from", from).setParameter("to", to)
                .getResultList());
    }

    /**
     * How many of the same logs record any outcome indicator, per specialist and county: specialist id, county code,
     * number of logs; one row per pair with any. A join with the indicators, counted by distinct log: JPQL's
     * {@code IS NOT EMPTY} becomes a subquery that EclipseLink crosses with every log.
     */
    public List<Object[]> confirmedWithOutcomesByCountyOf(Collection<Long> specialistIds, LocalDate from,
                                                         LocalDate to) {
        return Queries.inChunks(specialistIds, chunk -> em.createQuery("SELECT e.specialistId, e.countyCode,"
                        + " COUNT(DISTINCT e.id) FROM ServiceLog e JOIN e.outcomes o WHERE e.specialistId IN :ids"
                        + " AND e.status = 'CONFIRMED' AND e.startDate >= :from AND e.startDate <= :to"
                        + " GROUP BY e.specialistId, e.countyCode", Object[].class)
                .setParameter("ids", List.copyOf(chunk)).setParameter("from", from).setParameter("to", to)
                .getResultList());
    }

    /**
     * The leading industries confirmed logs of the period name, as distinct (specialist id, county, industry) rows in
     * one query: what a specialist's service says they served (R-GOAL-1).
     */
    public List<Object[]> industriesNamed(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT DISTINCT e.specialistId, e.countyCode, e.industry FROM ServiceLog e"
                        + " WHERE e.status = 'CONFIRMED' AND e.industry IS NOT NULL AND e.startDate >= :from"
                        + " AND e.startDate <= :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** How many logs name the recipient. */
    public long countOfRecipient(long recipientId) {
        return em.createQuery("SELECT COUNT(e) FROM ServiceLog e WHERE :id MEMBER OF e.recipientIds", Long.class)
                .setParameter("id", recipientId).getSingleResult();
    }

    /** Persists a new log and returns it with its generated id. */
    public ServiceLogEntity add(ServiceLogEntity log) {
        em.persist(log);
        em.flush();
        return log;
    }

    /** Persists many new logs with one flush (a flush per log re-checks every managed log: quadratic in bulk). */
    public void addAll(Collection<ServiceLogEntity> logs) {
        logs.forEach(em::persist);
        em.flush();
    }

    public void remove(ServiceLogEntity log) {
        em.remove(log);
    }
}
