package io.tepai.demo;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.dispatch.Assignment;
import io.tepai.api.dispatch.AssignmentFilter;
import io.tepai.api.funding.Allocation;
import io.tepai.api.funding.AllocationDraft;
import io.tepai.api.funding.AllocationFilter;
import io.tepai.api.funding.Budget;
import io.tepai.api.funding.BudgetDraft;
import io.tepai.api.funding.BudgetFilter;
import io.tepai.api.funding.BudgetSource;
import io.tepai.api.funding.ExpenseCategory;
import io.tepai.api.funding.ExpenseDraft;
import io.tepai.api.specialist.Specialist;
import io.tepai.api.team.Team;
import io.tepai.api.team.TeamFilter;
import io.tepai.api.team.TeamLevel;
import io.tepai.api.team.TeamStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's funding for the current programme year (R-FUND-1..3): the city's budget and one for every county,
 * 150,000 yuan to every active city team, 80,000 to every active county team, the tier's 20,000 to every dispatched
 * city-tier specialist and 10,000 from the county's budget to every dispatched county-tier one, and for each
 * allocation a few expenses in several categories, spread over the year up to today and well below the allocation.
 * Through the API services only; a budget or a recipient's allocation that exists already is kept.
 */
final class DemoFunding {

    /** The eleven counties of the migrations: every one gets a budget. */
    static final List<String> COUNTIES = List.of("jiefang", "zhongzhan", "macun", "shanyang", "xiuwu", "boai",
            "wuzhi", "wenxian", "qinyang", "mengzhou", "shifanqu");

    private static final ExpenseCategory[] CATEGORIES = ExpenseCategory.values();
    private static final String[] WHAT = {"驻村工作补助", "下乡交通费", "农民技术培训", "人身意外保险", "技术资料印制",
            "示范用种苗农资", "土壤样品检测", "下乡车辆油费", "高速公路通行费"};

    private final Actor loader;
    private final DemoServices services;

    DemoFunding(Actor loader, DemoServices services) {
        this.loader = loader;
        this.services = services;
    }

    String load(int year, LocalDate today) {
        Map<String, Long> budgets = new LinkedHashMap<>();
        budgets.put("CITY", existingBudget(year, BudgetSource.CITY));
        COUNTIES.forEach(county -> budgets.put(county, existingBudget(year, BudgetSource.county(county))));
        int opened = 0;
        for (Map.Entry<String, Long> budget : budgets.entrySet()) {
            if (budget.getValue() == null) {
                boolean city = budget.getKey().equals("CITY");
                budget.setValue(services.funding().openBudget(loader, new BudgetDraft(year,
                        city ? "CITY" : BudgetSource.county(budget.getKey()).toString(),
                        new BigDecimal(city ? "3000000" : "500000"),
                        city ? "市科技局科技特派员专项" : "县级财政科技特派员经费")).id());
                opened++;
            }
        }
        int allocations = 0;
        int expenses = 0;
        for (Team team : teams()) {
            boolean city = team.level() == TeamLevel.CITY;
            long budget = budgets.get(city ? "CITY" : team.county());
            if (!allocated(new AllocationFilter(year, null, team.id(), null, null, null))) {
                Allocation made = services.funding().allocate(loader, new AllocationDraft(budget, team.id(), null,
                        new BigDecimal(city ? "150000" : "80000"), null));
                allocations++;
                expenses += spend(made, year, today);
            }
        }
        for (Assignment assignment : assignments(year)) {
            Specialist specialist = services.specialists().get(assignment.specialistId());
            boolean cityTier = specialist.tierId().equals("city");
            if (!cityTier && !specialist.tierId().equals("county")
                    || allocated(new AllocationFilter(year, null, null, specialist.id(), null, null))) {
                continue;
            }
            long budget = budgets.get(cityTier ? "CITY" : assignment.county());
            Allocation made = services.funding().allocate(loader, new AllocationDraft(budget, null, specialist.id(),
                    cityTier ? null : new BigDecimal("10000"), null));
            allocations++;
            expenses += spend(made, year, today);
        }
        if (opened + allocations == 0) {
            return null;
        }
        return opened + " budgets, " + allocations + " allocations and " + expenses + " expenses for " + year;
    }

    private Long existingBudget(int year, BudgetSource source) {
        return services.funding().budgets(loader, new BudgetFilter(year, source), PageRequest.first()).items()
                .stream().findFirst().map(Budget::id).orElse(null);
    }

    /**
     * Up to four expenses, the categories rotating with the allocation's id so that every category occurs, each a
     * tenth of the allocation, on days spread over the part of the year already past.
     */
    private int spend(Allocation allocation, int year, LocalDate today) {
        LocalDate first = services.calendar().firstDay(year);
        long days = Math.max(1, today.toEpochDay() - first.toEpochDay());
        int count = (int) (allocation.id() % 4) + 1;
        BigDecimal tenth = allocation.amount().divide(BigDecimal.TEN);
        for (int i = 0; i < count; i++) {
            int category = (int) ((allocation.id() + i) % CATEGORIES.length);
            LocalDate day = first.plusDays(days * (i + 1) / (count + 1));
            services.funding().book(loader, new ExpenseDraft(allocation.id(), CATEGORIES[category], day,
                    tenth.subtract(BigDecimal.valueOf(37 * (i + 1), 2)), WHAT[category]));
        }
        return count;
    }

    private boolean allocated(AllocationFilter filter) {
        return services.funding().allocations(loader, filter, PageRequest.first()).total() > 0;
    }

    private List<Team> teams() {
        return services.teams().search(new TeamFilter(null, null, TeamStatus.ACTIVE, null, null),
                new PageRequest(1, PageRequest.MAX_SIZE)).items();
    }

    private List<Assignment> assignments(int year) {
        AssignmentFilter ofYear = new AssignmentFilter(null, year, null, null, null);
        List<Assignment> all = new ArrayList<>();
        Page<Assignment> page;
        int number = 0;
        do {
            page = services.assignments().search(ofYear, new PageRequest(++number, PageRequest.MAX_SIZE));
            all.addAll(page.items());
        } while ((long) number * PageRequest.MAX_SIZE < page.total());
        return all;
    }
}
