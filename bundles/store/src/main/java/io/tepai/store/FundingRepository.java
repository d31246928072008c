package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.funding.AllocationFilter;
import io.tepai.api.funding.ExpenseFilter;
import io.tepai.store.entity.AllocationEntity;
import io.tepai.store.entity.BudgetEntity;
import io.tepai.store.entity.DisbursementEntity;
import io.tepai.store.entity.ExpenseEntity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

/**
 * Budgets, allocations, disbursements and expenses. Every sum is computed by the database; the {@code lock…} methods take the row's
 * write lock for the rest of the transaction ({@code SELECT … FOR UPDATE}), so that two transactions checking a limit
 * against the same budget or allocation take turns instead of both passing it.
 */
public final class FundingRepository {

    private final EntityManager em;

    FundingRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<BudgetEntity> findBudget(long id) {
        return Optional.ofNullable(em.find(BudgetEntity.class, id));
    }

    /** The budget with its row locked until the transaction ends, or empty. */
    public Optional<BudgetEntity> lockBudget(long id) {
        return Optional.ofNullable(em.find(BudgetEntity.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<BudgetEntity> budgetOf(int year, String source) {
        return em.createQuery("SELECT b FROM Budget b WHERE b.year = :year AND b.source = :source", BudgetEntity.class)
                .setParameter("year", year).setParameter("source", source).getResultStream().findFirst();
    }

    public BudgetEntity add(BudgetEntity budget) {
        em.persist(budget);
        em.flush();
        return budget;
    }

    public Page<BudgetEntity> budgets(Integer year, String source, PageRequest page) {
        Queries<BudgetEntity> query = new Queries<>(em, BudgetEntity.class, "Budget");
        if (year != null) {
            query.where("e.year = :year", "year", year);
        }
        if (Queries.isSet(source)) {
            query.where("e.source = :source", "source", source);
        }
        return query.page("e.year DESC, e.source, e.id", page);
    }

    /** The amounts of the sources' budgets of a year, by source. */
    public Map<String, Long> budgeted(int year, Collection<String> sources) {
        Map<String, Long> amounts = new HashMap<>();
        if (!sources.isEmpty()) {
            em.createQuery("SELECT b.source, b.amountFen FROM Budget b WHERE b.year = :year AND b.source IN :sources",
                            Object[].class).setParameter("year", year).setParameter("sources", sources)
                    .getResultList().forEach(row -> amounts.put((String) row[0], ((Number) row[1]).longValue()));
        }
        return amounts;
    }

    /**
     * The incentive money granted in a year to the subjects of each county by policies other than {@code builtIn}
     * (the county's own plug-ins, whose money the county pays), in fen; counties without any are missing.
     */
    public Map<String, Long> committedByCounty(int year, Collection<String> counties, String builtIn) {
        Map<String, Long> sums = new HashMap<>();
        if (!counties.isEmpty()) {
            em.createQuery("SELECT g.countyCode, SUM(g.amountCny) FROM IncentiveGrant g WHERE g.year = :year"
                            + " AND g.countyCode IN :counties AND g.amountCny IS NOT NULL AND g.source <> :builtIn"
                            + " GROUP BY g.countyCode", Object[].class)
                    .setParameter("year", year).setParameter("counties", counties).setParameter("builtIn", builtIn)
                    .getResultList().forEach(row -> sums.put((String) row[0],
                            ((BigDecimal) row[1]).movePointRight(2).longValueExact()));
        }
        return sums;
    }

    public Optional<AllocationEntity> findAllocation(long id) {
        return Optional.ofNullable(em.find(AllocationEntity.class, id));
    }

    /** The allocation with its row locked until the transaction ends, or empty. */
    public Optional<AllocationEntity> lockAllocation(long id) {
        return Optional.ofNullable(em.find(AllocationEntity.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public AllocationEntity add(AllocationEntity allocation) {
        em.persist(allocation);
        em.flush();
        return allocation;
    }

    public Page<AllocationEntity> allocations(AllocationFilter filter, PageRequest page) {
        Queries<AllocationEntity> query = new Queries<>(em, AllocationEntity.class, "Allocation");
        conditions(filter, "e").forEach(c -> query.where(c.condition(), c.name(), c.value()));
        return query.page("e.year DESC, e.id", page);
    }

    /** The sum of the allocations from a budget, in fen. */
    public long allocatedFen(long budgetId) {
        return sum("SELECT SUM(a.amountFen) FROM Allocation a WHERE a.budgetId = :id", budgetId);
    }

    /** The sum of a team's allocations of a year from budgets of the source, in fen. */
    public long teamAllocatedFen(long teamId, int year, String source) {
        return em.createQuery("SELECT SUM(a.amountFen) FROM Allocation a WHERE a.teamId = :team AND a.year = :year"
                        + " AND a.source = :source", Long.class).setParameter("team", teamId)
                .setParameter("year", year).setParameter("source", source).getResultStream()
                .filter(Objects::nonNull).findFirst().orElse(0L);
    }

    /** The sums of the allocations from each budget, in fen; budgets without any are missing. */
    public Map<Long, Long> allocatedByBudget(Collection<Long> budgetIds) {
        return sums("SELECT a.budgetId, SUM(a.amountFen) FROM Allocation a WHERE a.budgetId IN :ids"
                + " GROUP BY a.budgetId", budgetIds);
    }

    /** The sums of the expenses against each budget's allocations, in fen. */
    public Map<Long, Long> spentByBudget(Collection<Long> budgetIds) {
        return sums("SELECT a.budgetId, SUM(x.amountFen) FROM Expense x, Allocation a WHERE x.allocationId = a.id"
                + " AND a.budgetId IN :ids GROUP BY a.budgetId", budgetIds);
    }

    /** The sum of the expenses against an allocation (corrections included), in fen. */
    public long spentFen(long allocationId) {
        return sum("SELECT SUM(x.amountFen) FROM Expense x WHERE x.allocationId = :id", allocationId);
    }

    public Map<Long, Long> spentByAllocation(Collection<Long> allocationIds) {
        return sums("SELECT x.allocationId, SUM(x.amountFen) FROM Expense x WHERE x.allocationId IN :ids"
                + " GROUP BY x.allocationId", allocationIds);
    }

    public DisbursementEntity add(DisbursementEntity disbursement) {
        em.persist(disbursement);
        em.flush();
        return disbursement;
    }

    /** The sum paid out against an allocation, in fen. */
    public long disbursedFen(long allocationId) {
        return sum("SELECT SUM(d.amountFen) FROM Disbursement d WHERE d.allocationId = :id", allocationId);
    }

    /** Disbursements against allocations matching the filter, newest payment first. */
    public Page<DisbursementEntity> disbursements(Long allocationId, AllocationFilter filter, PageRequest page) {
        Queries<DisbursementEntity> query = new Queries<>(em, DisbursementEntity.class, "Disbursement");
        if (allocationId != null) {
            query.where("e.allocationId = :allocation", "allocation", allocationId);
        }
        if (filter.year() != null) {
            query.where("e.year = :year", "year", filter.year());
        }
        AllocationFilter of = new AllocationFilter(null, filter.budgetId(), filter.teamId(), filter.specialistId(),
                filter.county(), filter.unit());
        conditions(of, "s").forEach(c -> query.where("e.allocationId IN (SELECT s.id FROM Allocation s WHERE "
                + c.condition() + ")", c.name(), c.value()));
        return query.page("e.paidOn DESC, e.id DESC", page);
    }

    /** The sums paid out against each budget's allocations, in fen. */
    public Map<Long, Long> disbursedByBudget(Collection<Long> budgetIds) {
        return sums("SELECT a.budgetId, SUM(d.amountFen) FROM Disbursement d, Allocation a WHERE d.allocationId = a.id"
                + " AND a.budgetId IN :ids GROUP BY a.budgetId", budgetIds);
    }

    /** The disbursements of a year by ledger key (as {@link #allocatedBy}): rows {@code [key, disbursedFen]}. */
    public List<Object[]> disbursedBy(String key, int year, AllocationFilter scope, Collection<?> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Condition> conditions = ledgerConditions(key, year, scope);
        TypedQuery<Object[]> select = em.createQuery("SELECT " + key + ", SUM(d.amountFen)"
                + " FROM Disbursement d, Allocation a" + where(conditions) + " AND d.allocationId = a.id AND " + key
                + " IN :keys GROUP BY " + key, Object[].class);
        conditions.forEach(c -> select.setParameter(c.name(), c.value()));
        return select.setParameter("keys", keys).getResultList();
    }

    public Optional<ExpenseEntity> findExpense(long id) {
        return Optional.ofNullable(em.find(ExpenseEntity.class, id));
    }

    public ExpenseEntity add(ExpenseEntity expense) {
        em.persist(expense);
        em.flush();
        return expense;
    }

    /** An expense as corrected so far: its own amount plus its corrections, in fen. */
    public long correctedFen(ExpenseEntity expense) {
        return expense.getAmountFen()
                + sum("SELECT SUM(x.amountFen) FROM Expense x WHERE x.correctsId = :id", expense.getId());
    }

    public Page<ExpenseEntity> expenses(ExpenseFilter filter, PageRequest page) {
        Queries<ExpenseEntity> query = new Queries<>(em, ExpenseEntity.class, "Expense");
        if (filter.year() != null) {
            query.where("e.year = :year", "year", filter.year());
        }
        if (filter.allocationId() != null) {
            query.where("e.allocationId = :allocation", "allocation", filter.allocationId());
        }
        if (filter.category() != null) {
            query.where("e.category = :category", "category", filter.category().name());
        }
        AllocationFilter of = new AllocationFilter(null, null, filter.teamId(), filter.specialistId(),
                filter.county(), filter.unit());
        // each condition of the allocation on the allocation the expense is booked against
        conditions(of, "s").forEach(c -> query.where("e.allocationId IN (SELECT s.id FROM Allocation s WHERE "
                + c.condition() + ")", c.name(), c.value()));
        return query.page("e.spentOn DESC, e.id DESC", page);
    }

    /**
     * One page of ledger keys of a year with their allocated sums in fen: {@code key} is an allocation path such as
     * {@code a.teamId}; rows are {@code [key, allocatedFen]}, ordered by key.
     */
    public Page<Object[]> allocatedBy(String key, int year, AllocationFilter scope, PageRequest page) {
        List<Condition> conditions = ledgerConditions(key, year, scope);
        String where = where(conditions);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(DISTINCT " + key + ") FROM Allocation a" + where,
                Long.class);
        TypedQuery<Object[]> select = em.createQuery("SELECT " + key + ", SUM(a.amountFen) FROM Allocation a" + where
                + " GROUP BY " + key + " ORDER BY " + key, Object[].class);
        conditions.forEach(c -> {
            count.setParameter(c.name(), c.value());
            select.setParameter(c.name(), c.value());
        });
        long total = count.getSingleResult();
        List<Object[]> rows = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(rows, total, page.page(), page.size());
    }

    /** The expenses of a year by ledger key and category: rows {@code [key, category, spentFen]}. */
    public List<Object[]> spentBy(String key, int year, AllocationFilter scope, Collection<?> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Condition> conditions = ledgerConditions(key, year, scope);
        TypedQuery<Object[]> select = em.createQuery("SELECT " + key + ", x.category, SUM(x.amountFen)"
                + " FROM Expense x, Allocation a" + where(conditions) + " AND x.allocationId = a.id AND " + key
                + " IN :keys GROUP BY " + key + ", x.category", Object[].class);
        conditions.forEach(c -> select.setParameter(c.name(), c.value()));
        return select.setParameter("keys", keys).getResultList();
    }

    /** The expenses against the budgets by category: rows {@code [budgetId, category, spentFen]}. */
    public List<Object[]> spentByBudgetAndCategory(Collection<Long> budgetIds) {
        if (budgetIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a.budgetId, x.category, SUM(x.amountFen) FROM Expense x, Allocation a"
                        + " WHERE x.allocationId = a.id AND a.budgetId IN :ids GROUP BY a.budgetId, x.category",
                Object[].class).setParameter("ids", budgetIds).getResultList();
    }

    /**
     * The names of rows for one page of a list, one query rather than one per row: {@code Team} or
     * {@code Specialist} by {@code id} and {@code name}, {@code County} or {@code DispatchingUnit} by {@code code}
     * and {@code nameZh}.
     */
    public Map<Object, String> names(String entity, String keyAttribute, String nameAttribute, Collection<?> keys) {
        Map<Object, String> names = new HashMap<>();
        if (!keys.isEmpty()) {
            em.createQuery("SELECT n." + keyAttribute + ", n." + nameAttribute + " FROM " + entity + " n WHERE n." + keyAttribute
                    + " IN :keys", Object[].class).setParameter("keys", keys).getResultList()
                    .forEach(row -> names.put(row[0], (String) row[1]));
        }
        return names;
    }

    private record Condition(String condition, String name, Object value) {
    }

    private static List<Condition> ledgerConditions(String key, int year, AllocationFilter scope) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(new Condition("a.year = :year AND " + key + " IS NOT NULL", "year", year));
        conditions.addAll(conditions(scope, "a"));
        return conditions;
    }

    private static String where(List<Condition> conditions) {
        return " WHERE " + String.join(" AND ", conditions.stream().map(Condition::condition).toList());
    }

    /** The filter's conditions on Allocation as {@code alias}. */
    private static List<Condition> conditions(AllocationFilter filter, String alias) {
        List<Condition> conditions = new ArrayList<>();
        if (filter.year() != null) {
            conditions.add(new Condition(alias + ".year = :ayear", "ayear", filter.year()));
        }
        if (filter.budgetId() != null) {
            conditions.add(new Condition(alias + ".budgetId = :budget", "budget", filter.budgetId()));
        }
        if (filter.teamId() != null) {
            conditions.add(new Condition(alias + ".teamId = :team", "team", filter.teamId()));
        }
        if (filter.specialistId() != null) {
            conditions.add(new Condition(alias + ".specialistId = :specialist", "specialist", filter.specialistId()));
        }
        if (Queries.isSet(filter.county())) {
            conditions.add(new Condition(alias + ".countyCode = :county", "county", filter.county().strip()));
        }
        if (Queries.isSet(filter.unit())) {
            conditions.add(new Condition(alias + ".unitCode = :unit", "unit", filter.unit().strip()));
        }
        return conditions;
    }

    private long sum(String jpql, long id) {
        Long sum = em.createQuery(jpql, Long.class).setParameter("id", id).getSingleResult();
        return sum == null ? 0 : sum;
    }

    private Map<Long, Long> sums(String jpql, Collection<Long> ids) {
        Map<Long, Long> sums = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(row -> sums.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        }
        return sums;
    }
}
