package io.tepai.core.funding;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.funding.Allocation;
import io.tepai.api.funding.AllocationDraft;
import io.tepai.api.funding.AllocationFilter;
import io.tepai.api.funding.Budget;
import io.tepai.api.funding.BudgetDraft;
import io.tepai.api.funding.BudgetFilter;
import io.tepai.api.funding.BudgetSource;
import io.tepai.api.funding.Expense;
import io.tepai.api.funding.ExpenseCategory;
import io.tepai.api.funding.ExpenseDraft;
import io.tepai.api.funding.ExpenseFilter;
import io.tepai.api.funding.FundingService;
import io.tepai.api.funding.LedgerGroup;
import io.tepai.api.funding.LedgerLine;
import io.tepai.api.specialist.TierService;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.AllocationEntity;
import io.tepai.store.entity.BudgetEntity;
import io.tepai.store.entity.ExpenseEntity;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Budgets, allocations and expenses (R-FUND-1..3). The limits are kept under concurrency by the database: an
 * allocation locks its budget's row and an expense its allocation's row before summing what is already there, so a
 * second request waits for the first and then sees its money (and is refused if nothing is left).
 */
@Component(service = FundingService.class)
public class FundingServiceImpl implements FundingService {

    private static final Logger LOG = LoggerFactory.getLogger(FundingServiceImpl.class);
    private static final int MAX_TEXT = 500;
    private static final int MAX_REASON = 1000;

    private static final AuditedWrite<BudgetEntity, Budget> BUDGET =
            AuditedWrite.reading("Budget", BudgetEntity::getId, FundingServiceImpl::toRecord);
    private static final AuditedWrite<AllocationEntity, Allocation> ALLOCATION =
            AuditedWrite.reading("Allocation", AllocationEntity::getId, FundingServiceImpl::toRecord);
    private static final AuditedWrite<ExpenseEntity, Expense> EXPENSE =
            AuditedWrite.of("Expense", ExpenseEntity::getId, FundingServiceImpl::toRecord);

    private final Store store;
    private final TierService tiers;
    private final ProgrammeCalendar calendar;
    private final Clock clock;

    @Activate
    public FundingServiceImpl(@Reference Store store, @Reference TierService tiers,
                              @Reference ProgrammeCalendar calendar) {
        this(store, tiers, calendar, Clock.systemUTC());
    }

    FundingServiceImpl(Store store, TierService tiers, ProgrammeCalendar calendar, Clock clock) {
        this.store = store;
        this.tiers = tiers;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public Page<Budget> budgets(Actor actor, BudgetFilter filter, PageRequest page) {
        BudgetSource source = FundingScope.budgets(actor, filter == null ? null : filter.source());
        Integer year = filter == null ? null : filter.year();
        return store.read(repos -> {
            Page<BudgetEntity> rows = repos.funding().budgets(year, source == null ? null : source.toString(), page);
            List<Long> ids = rows.items().stream().map(BudgetEntity::getId).toList();
            Map<Long, Long> allocated = repos.funding().allocatedByBudget(ids);
            Map<Long, Long> spent = repos.funding().spentByBudget(ids);
            return rows.map(row -> toRecord(row, allocated.getOrDefault(row.getId(), 0L),
                    spent.getOrDefault(row.getId(), 0L)));
        });
    }

    @Override
    public Budget budget(Actor actor, long id) {
        return store.read(repos -> {
            BudgetEntity budget = repos.funding().findBudget(id).orElseThrow(() -> new NotFoundException("Budget", id));
            BudgetSource source = BudgetSource.parse("source", budget.getSource());
            FundingScope.budgets(actor, source);
            return toRecord(repos, budget);
        });
    }

    @Override
    public Budget openBudget(Actor actor, BudgetDraft draft) {
        Objects.requireNonNull(actor, "actor");
        if (draft == null) {
            throw ValidationException.of("body", "a budget is required");
        }
        FieldErrors errors = new FieldErrors().year("year", draft.year()).optionalText("note", draft.note(), MAX_TEXT)
                .required("source", draft.source());
        Long fen = Money.fen(errors, "amount", draft.amount(), true);
        errors.throwIfAny();
        BudgetSource source = BudgetSource.parse("source", draft.source());
        requireOwner(actor, source, "open a budget of " + source);
        Budget opened = store.write(repos -> {
            checkOwnerExists(repos, source);
            if (repos.funding().budgetOf(draft.year(), source.toString()).isPresent()) {
                throw new ConflictException(source + " already has a budget for " + draft.year()
                        + "; one budget per source and programme year");
            }
            Instant now = Instant.now(clock);
            BudgetEntity budget = new BudgetEntity(draft.year(), source.toString(), fen,
                    draft.note() == null ? "" : draft.note().strip(), now);
            budget.setSample(actor.writesSample());
            repos.funding().add(budget);
            return BUDGET.created(repos, actor, now, budget, null);
        });
        LOG.info("{} opened budget {} of {} for {}: {} yuan", actor.username(), opened.id(), opened.source(),
                opened.year(), opened.amount());
        return opened;
    }

    @Override
    public Page<Allocation> allocations(Actor actor, AllocationFilter filter, PageRequest page) {
        AllocationFilter scoped = FundingScope.narrow(actor, filter == null ? AllocationFilter.ALL : filter);
        return store.read(repos -> {
            Page<AllocationEntity> rows = repos.funding().allocations(scoped, page);
            Map<Long, Long> spent = repos.funding().spentByAllocation(rows.items().stream()
                    .map(AllocationEntity::getId).toList());
            Map<Object, String> names = recipientNames(repos, rows.items());
            return rows.map(row -> toRecord(row, spent.getOrDefault(row.getId(), 0L), names));
        });
    }

    @Override
    public Allocation allocation(Actor actor, long id) {
        return store.read(repos -> {
            AllocationEntity row = repos.funding().findAllocation(id)
                    .orElseThrow(() -> new NotFoundException("Allocation", id));
            requireReadable(actor, row);
            return toRecord(repos, row);
        });
    }

    @Override
    public Allocation allocate(Actor actor, AllocationDraft draft) {
        Objects.requireNonNull(actor, "actor");
        if (draft == null) {
            throw ValidationException.of("body", "an allocation is required");
        }
        FieldErrors errors = new FieldErrors().required("budgetId", draft.budgetId())
                .optionalText("exceptionReason", draft.exceptionReason(), MAX_REASON);
        if ((draft.teamId() == null) == (draft.specialistId() == null)) {
            errors.add(draft.teamId() == null ? "teamId" : "specialistId",
                    "name exactly one recipient: teamId or specialistId");
        }
        Long fen = draft.amount() == null && draft.specialistId() != null ? null
                : Money.fen(errors, "amount", draft.amount(), false);
        errors.throwIfAny();
        String exceptionReason = draft.exceptionReason() == null || draft.exceptionReason().isBlank() ? null
                : draft.exceptionReason().strip();
        Allocation made = store.write(repos -> {
            // the budget's row stays locked until commit: a concurrent allocation waits here, then sees this one
            BudgetEntity budget = repos.funding().lockBudget(draft.budgetId())
                    .orElseThrow(() -> new NotFoundException("Budget", draft.budgetId()));
            BudgetSource source = BudgetSource.parse("source", budget.getSource());
            requireOwner(actor, source, "allocate from budget " + budget.getId() + " of " + source);
            AllocationRules.Recipient recipient = AllocationRules.check(repos, calendar, tiers, source,
                    budget.getYear(), draft, fen, exceptionReason);
            long allocated = repos.funding().allocatedFen(budget.getId());
            if (allocated + recipient.amountFen() > budget.getAmountFen()) {
                throw new RuleViolationException(AllocationRules.ruleOf(source), "budget " + budget.getId() + " of "
                        + source + " for " + budget.getYear() + " has " + Money.shown(budget.getAmountFen() - allocated)
                        + " yuan left to allocate, less than " + Money.shown(recipient.amountFen())
                        + "; a budget is never over-allocated");
            }
            Instant now = Instant.now(clock);
            AllocationEntity row = new AllocationEntity(budget, recipient.teamId(), recipient.specialistId(),
                    recipient.unit(), recipient.county(), recipient.amountFen(),
                    exceptionReason == null ? "" : exceptionReason, now);
            row.setSample(actor.writesSample());
            repos.funding().add(row);
            return ALLOCATION.created(repos, actor, now, row, exceptionReason);
        });
        LOG.info("{} allocated {} yuan from budget {} to {} (allocation {})", actor.username(), made.amount(),
                made.budgetId(), made.recipientName(), made.id());
        return made;
    }

    @Override
    public Page<Expense> expenses(Actor actor, ExpenseFilter filter, PageRequest page) {
        ExpenseFilter asked = filter == null ? ExpenseFilter.ALL : filter;
        AllocationFilter scoped = FundingScope.narrow(actor, new AllocationFilter(null, null, asked.teamId(),
                asked.specialistId(), asked.county(), asked.unit()));
        ExpenseFilter effective = new ExpenseFilter(asked.year(), asked.allocationId(), asked.category(),
                scoped.teamId(), scoped.specialistId(), scoped.county(), scoped.unit());
        return store.read(repos -> repos.funding().expenses(effective, page).map(FundingServiceImpl::toRecord));
    }

    @Override
    public Expense book(Actor actor, ExpenseDraft draft) {
        Objects.requireNonNull(actor, "actor");
        if (draft == null) {
            throw ValidationException.of("body", "an expense is required");
        }
        FieldErrors errors = new FieldErrors().required("allocationId", draft.allocationId())
                .required("category", draft.category()).required("spentOn", draft.spentOn())
                .text("description", draft.description(), MAX_TEXT);
        Long fen = Money.fen(errors, "amount", draft.amount(), false);
        errors.throwIfAny();
        Expense booked = store.write(repos -> bookIn(repos, calendar, actor, Instant.now(clock),
                lockedAllocation(repos, actor, draft.allocationId()), draft.category(), "spentOn", draft.spentOn(),
                fen, draft.description().strip()));
        LOG.info("{} booked expense {} of {} yuan ({}) against allocation {}", actor.username(), booked.id(),
                booked.amount(), booked.category(), booked.allocationId());
        return booked;
    }

    @Override
    public Expense correct(Actor actor, long expenseId, BigDecimal amount, String reason) {
        Objects.requireNonNull(actor, "actor");
        FieldErrors errors = new FieldErrors().text("reason", reason, MAX_REASON);
        Long fen = Money.fen(errors, "amount", amount, true);
        errors.throwIfAny();
        return store.write(repos -> {
            ExpenseEntity original = repos.funding().findExpense(expenseId)
                    .orElseThrow(() -> new NotFoundException("Expense", expenseId));
            if (original.getCorrectsId() != null) {
                throw new ConflictException("Expense " + expenseId + " is a correction of expense "
                        + original.getCorrectsId() + "; correct that one");
            }
            AllocationEntity allocation = lockedAllocation(repos, actor, original.getAllocationId());
            long difference = fen - repos.funding().correctedFen(original);
            if (difference == 0) {
                throw ValidationException.of("amount", "is what expense " + expenseId + " already amounts to");
            }
            requireWithinAllocation(repos, allocation, difference);
            Instant now = Instant.now(clock);
            ExpenseEntity correction = new ExpenseEntity(allocation, original.getCategory(), original.getSpentOn(),
                    difference, original.getDescription(), original.getId(), reason.strip(), actor.username(), now);
            correction.setSample(actor.writesSample());
            repos.funding().add(correction);
            return EXPENSE.created(repos, actor, now, correction, reason.strip());
        });
    }

    @Override
    public Page<LedgerLine> ledger(Actor actor, Integer year, LedgerGroup group, PageRequest page) {
        int effectiveYear = calendar.yearOrCurrent(year);
        LedgerGroup effectiveGroup = group == null ? LedgerGroup.BUDGET : group;
        return store.read(repos -> effectiveGroup == LedgerGroup.BUDGET
                ? FundingLedger.byBudget(repos, effectiveYear, FundingScope.budgets(actor, null), page)
                : FundingLedger.byAllocation(repos, effectiveYear, effectiveGroup,
                FundingScope.narrow(actor, AllocationFilter.ALL), page));
    }

    /**
     * Books an expense in the caller's transaction against an allocation the caller has locked (concurrent bookings
     * take turns against its limit until commit): the day within its programme year (400 on {@code dayField}),
     * R-FUND-3's limit, audited.
     */
    static Expense bookIn(Repositories repos, ProgrammeCalendar calendar, Actor actor, Instant now,
                          AllocationEntity allocation, ExpenseCategory category, String dayField, LocalDate day,
                          long fen, String description) {
        requireWithinYear(calendar, dayField, day, allocation);
        requireWithinAllocation(repos, allocation, fen);
        ExpenseEntity expense = new ExpenseEntity(allocation, category.name(), day, fen, description, null, "",
                actor.username(), now);
        expense.setSample(actor.writesSample());
        repos.funding().add(expense);
        return EXPENSE.created(repos, actor, now, expense, null);
    }

    /** 400 on {@code field} unless the day is within the allocation's programme year. */
    static void requireWithinYear(ProgrammeCalendar calendar, String field, LocalDate day, AllocationEntity allocation) {
        int year = allocation.getYear();
        if (day.isBefore(calendar.firstDay(year)) || day.isAfter(calendar.lastDay(year))) {
            throw ValidationException.of(field, "must be within programme year " + year + " of allocation "
                    + allocation.getId() + " (" + calendar.firstDay(year) + ".." + calendar.lastDay(year) + ")");
        }
    }

    /** R-FUND-3: what is booked against an allocation never exceeds it (nor goes below zero by a correction). */
    private static void requireWithinAllocation(Repositories repos, AllocationEntity allocation, long addedFen) {
        long spent = repos.funding().spentFen(allocation.getId());
        if (spent + addedFen > allocation.getAmountFen()) {
            throw new RuleViolationException("R-FUND-3", "allocation " + allocation.getId() + " has "
                    + Money.shown(allocation.getAmountFen() - spent) + " yuan left, less than "
                    + Money.shown(addedFen) + "; nothing may exceed what was allocated");
        }
    }

    /** The allocation, locked, once the actor may book against it: its dispatching unit or the city office. */
    static AllocationEntity lockedAllocation(Repositories repos, Actor actor, long id) {
        AllocationEntity allocation = repos.funding().lockAllocation(id)
                .orElseThrow(() -> new NotFoundException("Allocation", id));
        Scopes.requireUnit(actor, allocation.getUnitCode(), "book expenses against allocation " + id);
        return allocation;
    }

    /** The owner of the budget: the city office the city's, a county its own, a unit its own. */
    static void requireOwner(Actor actor, BudgetSource source, String what) {
        switch (source.kind()) {
            case CITY -> Scopes.requireCity(actor, what);
            case COUNTY -> Scopes.requireCounty(actor, source.code(), what);
            case UNIT -> Scopes.requireUnit(actor, source.code(), what);
        }
    }

    private static void checkOwnerExists(Repositories repos, BudgetSource source) {
        boolean exists = switch (source.kind()) {
            case CITY -> true;
            case COUNTY -> repos.counties().find(source.code()).isPresent();
            case UNIT -> repos.units().find(source.code()).isPresent();
        };
        if (!exists) {
            throw ValidationException.of("source", "no " + source.kind().name().toLowerCase(Locale.ROOT)
                    + " has code '" + source.code() + "'");
        }
    }

    private static void requireReadable(Actor actor, AllocationEntity row) {
        AllocationFilter own = FundingScope.narrow(actor, AllocationFilter.ALL);
        boolean readable = (own.county() == null || own.county().equals(row.getCountyCode()))
                && (own.unit() == null || own.unit().equals(row.getUnitCode()))
                && (own.specialistId() == null || own.specialistId().equals(row.getSpecialistId()));
        if (!readable) {
            throw new ForbiddenException(Actor.ROLE_CITY + " or " + Actor.ROLE_AUDITOR,
                    "This account may not read allocation " + row.getId());
        }
    }

    static Budget toRecord(Repositories repos, BudgetEntity budget) {
        return toRecord(budget, repos.funding().allocatedFen(budget.getId()),
                repos.funding().spentByBudget(List.of(budget.getId())).getOrDefault(budget.getId(), 0L));
    }

    private static Budget toRecord(BudgetEntity budget, long allocated, long spent) {
        return new Budget(budget.getId(), budget.getYear(), budget.getSource(), Money.yuan(budget.getAmountFen()),
                Money.yuan(allocated), Money.yuan(budget.getAmountFen() - allocated), Money.yuan(spent),
                budget.getNote(), budget.isSample(), budget.getVersion());
    }

    static Allocation toRecord(Repositories repos, AllocationEntity row) {
        return toRecord(row, repos.funding().spentFen(row.getId()), recipientNames(repos, List.of(row)));
    }

    private static Allocation toRecord(AllocationEntity row, long spentFen, Map<Object, String> names) {
        String name = row.getTeamId() != null ? names.get("team:" + row.getTeamId())
                : names.get("specialist:" + row.getSpecialistId());
        return new Allocation(row.getId(), row.getBudgetId(), row.getYear(), row.getSource(), row.getTeamId(),
                row.getSpecialistId(), name == null ? "" : name, row.getUnitCode(), row.getCountyCode(),
                Money.yuan(row.getAmountFen()), Money.yuan(spentFen), Money.yuan(row.getAmountFen() - spentFen),
                row.getExceptionReason(), row.getCreatedAt(), row.isSample(), row.getVersion());
    }

    /** Names of the teams and specialists of some allocations, keyed {@code team:<id>} and {@code specialist:<id>}. */
    private static Map<Object, String> recipientNames(Repositories repos, List<AllocationEntity> rows) {
        Map<Object, String> names = new HashMap<>();
        repos.funding().names("Team", "id", "name", rows.stream().map(AllocationEntity::getTeamId)
                .filter(Objects::nonNull).toList()).forEach((id, name) -> names.put("team:" + id, name));
        repos.funding().names("Specialist", "id", "name", rows.stream().map(AllocationEntity::getSpecialistId)
                .filter(Objects::nonNull).toList()).forEach((id, name) -> names.put("specialist:" + id, name));
        return names;
    }

    static Expense toRecord(ExpenseEntity row) {
        return new Expense(row.getId(), row.getAllocationId(), row.getYear(), ExpenseCategory.valueOf(row.getCategory()),
                row.getSpentOn(), Money.yuan(row.getAmountFen()), row.getDescription(), row.getCorrectsId(),
                row.getReason(), row.getBookedBy(), row.getBookedAt(), row.isSample());
    }
}
