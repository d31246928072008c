package io.tepai.core.funding;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.funding.AllocationFilter;
import io.tepai.api.funding.BudgetSource;
import io.tepai.api.funding.ExpenseCategory;
import io.tepai.api.funding.LedgerGroup;
import io.tepai.api.funding.LedgerLine;
import io.tepai.api.incentive.IncentiveGrant;
import io.tepai.store.Repositories;
import io.tepai.store.entity.BudgetEntity;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger: budgeted, committed (counties' incentive money), allocated, disbursed, spent and remaining, by category, per budget, team, specialist, county or unit.
 * Every figure is summed by the database, a page of lines at a time (a handful of grouped queries per page, none per
 * line).
 */
final class FundingLedger {

    /** How a county's budget source begins ({@code COUNTY:wuzhi}). */
    private static final String COUNTY = BudgetSource.Kind.COUNTY.name() + ":";

    private FundingLedger() {
    }

    /** One line per budget of the year the actor may see ({@code source} null: all). */
    static Page<LedgerLine> byBudget(Repositories repos, int year, BudgetSource source, PageRequest page) {
        Page<BudgetEntity> budgets = repos.funding().budgets(year, source == null ? null : source.toString(), page);
        List<Long> ids = budgets.items().stream().map(BudgetEntity::getId).toList();
        Map<Long, Long> allocated = repos.funding().allocatedByBudget(ids);
        Map<Long, Long> disbursed = repos.funding().disbursedByBudget(ids);
        Map<Object, Map<ExpenseCategory, Long>> spent = byCategory(repos.funding().spentByBudgetAndCategory(ids));
        Map<String, Long> committed = committed(repos, year, budgets.items().stream().map(BudgetEntity::getSource)
                .filter(s -> s.startsWith(COUNTY)).map(s -> s.substring(COUNTY.length())).toList());
        return budgets.map(budget -> line(String.valueOf(budget.getId()), budget.getSource() + " " + budget.getYear(),
                (long) budget.getAmountFen(), budget.getSource().startsWith(COUNTY)
                        ? committed.getOrDefault(budget.getSource().substring(COUNTY.length()), 0L) : null,
                allocated.getOrDefault(budget.getId(), 0L), disbursed.getOrDefault(budget.getId(), 0L),
                spent.getOrDefault(budget.getId(), Map.of())));
    }

    /** One line per team, specialist, county or unit with allocations in the year, within the actor's scope. */
    static Page<LedgerLine> byAllocation(Repositories repos, int year, LedgerGroup group, AllocationFilter scope,
                                         PageRequest page) {
        String key = switch (group) {
            case TEAM -> "a.teamId";
            case SPECIALIST -> "a.specialistId";
            case COUNTY -> "a.countyCode";
            case UNIT -> "a.unitCode";
            case BUDGET -> throw new IllegalArgumentException("budgets have a ledger of their own");
        };
        Page<Object[]> rows = repos.funding().allocatedBy(key, year, scope, page);
        List<Object> keys = rows.items().stream().map(row -> row[0]).toList();
        Map<Object, Map<ExpenseCategory, Long>> spent = byCategory(repos.funding().spentBy(key, year, scope, keys));
        Map<Object, Long> disbursed = new HashMap<>();
        repos.funding().disbursedBy(key, year, scope, keys)
                .forEach(row -> disbursed.put(key(row[0]), ((Number) row[1]).longValue()));
        Map<Object, String> names = switch (group) {
            case TEAM -> repos.funding().names("Team", "id", "name", keys);
            case SPECIALIST -> repos.funding().names("Specialist", "id", "name", keys);
            case COUNTY -> repos.funding().names("County", "code", "nameZh", keys);
            default -> repos.funding().names("DispatchingUnit", "code", "nameZh", keys);
        };
        // a county's and a unit's own budgets, to set what is spent in or by it against
        Map<String, Long> budgeted = switch (group) {
            case COUNTY -> repos.funding().budgeted(year, keys.stream().map(k -> "COUNTY:" + k).toList());
            case UNIT -> repos.funding().budgeted(year, keys.stream().map(k -> "UNIT:" + k).toList());
            default -> null;
        };
        Map<String, Long> committed = group == LedgerGroup.COUNTY
                ? committed(repos, year, keys.stream().map(String::valueOf).toList()) : null;
        return rows.map(row -> line(String.valueOf(row[0]), names.getOrDefault(row[0], ""),
                budgeted == null ? null : budgeted.getOrDefault(group.name() + ":" + row[0], 0L),
                committed == null ? null : committed.getOrDefault(String.valueOf(row[0]), 0L),
                ((Number) row[1]).longValue(), disbursed.getOrDefault(key(row[0]), 0L),
                spent.getOrDefault(row[0], Map.of())));
    }

    /**
     * What the counties' own incentive policies granted in the year (R-INC-2), which the county's budget pays
     * (R-FUND-2); Tepai's built-in incentives are not the county's money.
     */
    private static Map<String, Long> committed(Repositories repos, int year, List<String> counties) {
        return repos.funding().committedByCounty(year, counties, IncentiveGrant.BUILT_IN);
    }

    private static LedgerLine line(String key, String name, Long budgetedFen, Long committedFen, long allocatedFen,
                                   long disbursedFen, Map<ExpenseCategory, Long> spentByCategory) {
        long spent = spentByCategory.values().stream().mapToLong(Long::longValue).sum();
        Map<ExpenseCategory, java.math.BigDecimal> categories = new EnumMap<>(ExpenseCategory.class);
        spentByCategory.forEach((category, fen) -> categories.put(category, Money.yuan(fen)));
        return new LedgerLine(key, name, budgetedFen == null ? null : Money.yuan(budgetedFen),
                committedFen == null ? null : Money.yuan(committedFen),
                Money.yuan(allocatedFen), Money.yuan(disbursedFen), Money.yuan(spent),
                Money.yuan(allocatedFen - spent), categories);
    }

    /** A ledger key as the maps hold it: ids as Long, whatever number type the database gave. */
    private static Object key(Object value) {
        return value instanceof Number number && !(value instanceof Long) ? number.longValue() : value;
    }

    /** Rows {@code [key, category, fen]} as sums by key and category. */
    private static Map<Object, Map<ExpenseCategory, Long>> byCategory(List<Object[]> rows) {
        Map<Object, Map<ExpenseCategory, Long>> sums = new HashMap<>();
        for (Object[] row : rows) {
            sums.computeIfAbsent(key(row[0]), k -> new EnumMap<>(ExpenseCategory.class))
                    .merge(ExpenseCategory.valueOf((String) row[1]), ((Number) row[2]).longValue(), Long::sum);
        }
        return sums;
    }
}
