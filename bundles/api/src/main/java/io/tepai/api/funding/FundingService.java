package io.tepai.api.funding;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import java.math.BigDecimal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Budgets, allocations, expenses and the ledger (R-FUND-1..3). Reading is scoped: the city office and the auditor
 * read everything, a county what is spent in it, a unit its own people's and teams', a specialist their own; asking
 * for more is a 403. A budget is never over-allocated and an allocation never overspent, also under concurrent
 * requests (422).
 */
@ProviderType
public interface FundingService {

    Page<Budget> budgets(Actor actor, BudgetFilter filter, PageRequest page);

    Budget budget(Actor actor, long id);

    /** The city office opens the city's budget, a county its own, a unit its own; one per source and year. */
    Budget openBudget(Actor actor, BudgetDraft draft);

    Page<Allocation> allocations(Actor actor, AllocationFilter filter, PageRequest page);

    Allocation allocation(Actor actor, long id);

    /** Whoever owns the budget allocates from it. */
    Allocation allocate(Actor actor, AllocationDraft draft);

    Page<Expense> expenses(Actor actor, ExpenseFilter filter, PageRequest page);

    /** The allocation's dispatching unit (or the city office) books an expense. */
    Expense book(Actor actor, ExpenseDraft draft);

    /**
     * Corrects an expense to {@code amount} (zero cancels it) by booking the difference as a new entry with the
     * reason; the original stays as it was.
     */
    Expense correct(Actor actor, long expenseId, BigDecimal amount, String reason);

    /** The ledger of a programme year (null: the current one), one line per group key, summed in the database. */
    Page<LedgerLine> ledger(Actor actor, Integer year, LedgerGroup group, PageRequest page);
}
