package io.tepai.api.funding;

import io.tepai.api.Decimals;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One line of the ledger, in yuan.
 *
 * @param key        the budget id, team id, specialist id, county or unit code
 * @param name       what the key names
 * @param budgeted   the budget's amount (BUDGET), the county's or unit's own budgets (COUNTY, UNIT), else null
 * @param committed  the money the county's own incentive policies (plug-ins, R-INC-2) granted in the year, which
 *                   its budget pays (R-FUND-2): on a county's budget line (BUDGET) and a county's line (COUNTY),
 *                   else null. Apart from {@code allocated}: nothing is allocated for it.
 * @param allocated  the sum of the allocations
 * @param disbursed  the sum paid out against them
 * @param spent      the sum of the expenses
 * @param remaining  {@code allocated - spent}
 * @param byCategory the expenses by category (R-FUND-3); categories without any are left out
 */
public record LedgerLine(String key, String name, BigDecimal budgeted, BigDecimal committed, BigDecimal allocated,
                         BigDecimal disbursed, BigDecimal spent, BigDecimal remaining, Map<ExpenseCategory, BigDecimal> byCategory) {

    public LedgerLine {
        budgeted = Decimals.twoPlaces(budgeted);
        committed = Decimals.twoPlaces(committed);
        allocated = Decimals.twoPlaces(allocated);
        disbursed = Decimals.twoPlaces(disbursed);
        spent = Decimals.twoPlaces(spent);
        remaining = Decimals.twoPlaces(remaining);
        EnumMap<ExpenseCategory, BigDecimal> copy = new EnumMap<>(ExpenseCategory.class);
        byCategory.forEach((category, amount) -> copy.put(category, Decimals.twoPlaces(amount)));
        byCategory = Collections.unmodifiableMap(copy);
    }
}
