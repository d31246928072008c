package io.tepai.core.funding;

import static io.tepai.core.testing.FieldActors.AUDITOR;
import static io.tepai.core.testing.FieldActors.HPU;
import static io.tepai.core.testing.FieldActors.JZU;
import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.WUZHI;
import static io.tepai.core.testing.Organisation.XIUWU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.ForbiddenException;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.funding.Allocation;
import io.tepai.api.funding.AllocationDraft;
import io.tepai.api.funding.AllocationFilter;
import io.tepai.api.funding.Budget;
import io.tepai.api.funding.BudgetDraft;
import io.tepai.api.funding.Disbursement;
import io.tepai.api.funding.DisbursementDraft;
import io.tepai.api.funding.Expense;
import io.tepai.api.funding.ExpenseCategory;
import io.tepai.api.funding.ExpenseDraft;
import io.tepai.api.funding.InsuranceDraft;
import io.tepai.api.funding.ExpenseFilter;
import io.tepai.api.funding.LedgerGroup;
import io.tepai.api.funding.LedgerLine;
import io.tepai.api.incentive.IncentiveGrant;
import io.tepai.api.team.TeamStatus;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.team.TeamServiceImpl;
import io.tepai.core.testing.FieldActors;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.Organisation.Specialists;
import io.tepai.core.testing.TestStore;
import io.tepai.core.tier.TierRegistry;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.AssignmentEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fixture, programme year 2024: a city budget and 武陟县's budget; an active city team of unit hpu; 张城 (city
 * tier, hpu) and 李县 (county tier, hpu) dispatched to 武陟县; 王闲 (city tier) appointed but not dispatched.
 */
class FundingServiceImplTest {

    private static final Instant START = Instant.parse("2024-03-01T08:00:00Z");
    private static final int YEAR = 2024;

    private TestStore db;
    private MutableClock clock;
    private TierRegistry tiers;
    private FundingServiceImpl service;
    private long cityBudget;
    private long wuzhiBudget;
    private long cityTeam;
    private long citySpecialist;
    private long countySpecialist;
    private long undispatched;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        clock = new MutableClock(START);
        Organisation.units(db.store());
        tiers = Organisation.builtInTiers();
        service = service(db.store());
        Specialists specialists = new Specialists(db.store(), tiers);
        citySpecialist = specialists.active("张城", "city");
        countySpecialist = specialists.active("李县", "county");
        undispatched = specialists.active("王闲", "city");
        dispatch(citySpecialist, "wuzhi");
        dispatch(countySpecialist, "wuzhi");
        TeamServiceImpl teams = new TeamServiceImpl(db.store(), java.util.Map.of());
        cityTeam = teams.create(CITY, Organisation.cityTeam("四大怀药产业服务团", "四大怀药")).id();
        // the team's own rules (R-TEAM-1, five members) are not what this test is about
        db.store().write(repos -> {
            repos.teams().find(cityTeam).orElseThrow().setStatus(TeamStatus.ACTIVE.name());
            return null;
        });
        cityBudget = service.openBudget(CITY, budget("CITY", "1000000")).id();
        wuzhiBudget = service.openBudget(WUZHI, budget("COUNTY:wuzhi", "300000")).id();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private FundingServiceImpl service(Store store) {
        return new FundingServiceImpl(store, tiers, ProgrammeCalendarService.calendarYear(clock), clock);
    }

    private void dispatch(long specialist, String county) {
        db.store().write(repos -> {
            AssignmentEntity assignment = new AssignmentEntity(START);
            assignment.setSpecialistId(specialist);
            assignment.setCountyCode(county);
            assignment.setYear(YEAR);
            assignment.setLevel("CITY");
            assignment.setExceptionReason("");
            repos.assignments().add(assignment);
            return null;
        });
    }

    private static BudgetDraft budget(String source, String yuan) {
        return new BudgetDraft(YEAR, source, new BigDecimal(yuan), "");
    }

    private static AllocationDraft toSpecialist(long budget, long specialist, String yuan) {
        return new AllocationDraft(budget, null, specialist, yuan == null ? null : new BigDecimal(yuan), null);
    }

    private static ExpenseDraft expense(long allocation, ExpenseCategory category, String yuan) {
        return new ExpenseDraft(allocation, category, LocalDate.of(YEAR, 5, 10), new BigDecimal(yuan), "下乡交通");
    }

    @Test
    void R_FUND_1_aCitySpecialistGetsTheCityTiersTwentyThousandByDefault() {
        Allocation allocation = service.allocate(CITY, toSpecialist(cityBudget, citySpecialist, null));

        assertEquals(new BigDecimal("20000.00"), allocation.amount());
        assertEquals("hpu", allocation.unit());
        assertEquals("wuzhi", allocation.county());
        assertEquals("张城", allocation.recipientName());
        assertEquals(new BigDecimal("980000.00"), service.budget(CITY, cityBudget).unallocated());
    }

    @Test
    void R_FUND_1_aCityTeamGetsOneToTwoHundredThousandAYearUnlessTheCityOfficeSaysWhy() {
        RuleViolationException low = assertThrows(RuleViolationException.class,
                () -> service.allocate(CITY, new AllocationDraft(cityBudget, cityTeam, null, new BigDecimal("99999.99"),
                        null)));
        assertEquals("R-FUND-1", low.ruleId());
        service.allocate(CITY, new AllocationDraft(cityBudget, cityTeam, null, new BigDecimal("150000"), null));
        // the year's allocations count together: 150,000 + 60,000 is over the top
        assertThrows(RuleViolationException.class, () -> service.allocate(CITY,
                new AllocationDraft(cityBudget, cityTeam, null, new BigDecimal("60000"), null)));
        Allocation excepted = service.allocate(CITY, new AllocationDraft(cityBudget, cityTeam, null,
                new BigDecimal("60000"), "市政府专题会议决定追加"));

        assertEquals("市政府专题会议决定追加", excepted.exceptionReason());
        assertEquals(2, db.count("SELECT COUNT(*) FROM allocation"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Allocation' AND reason = "
                + "'市政府专题会议决定追加'"));
    }

    @Test
    void R_FUND_2_aCountyTierSpecialistIsFundedFromTheCountysBudgetOnly() {
        RuleViolationException fromCity = assertThrows(RuleViolationException.class,
                () -> service.allocate(CITY, toSpecialist(cityBudget, countySpecialist, "10000")));
        assertEquals("R-FUND-2", fromCity.ruleId());
        assertThrows(ForbiddenException.class,
                () -> service.allocate(XIUWU, toSpecialist(wuzhiBudget, countySpecialist, "10000")));

        Allocation allocation = service.allocate(WUZHI, toSpecialist(wuzhiBudget, countySpecialist, "10000"));

        assertEquals("COUNTY:wuzhi", allocation.source());
        assertEquals("wuzhi", allocation.county());
    }

    @Test
    void R_FUND_1_someoneNotDispatchedThatYearReceivesNothing() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> service.allocate(CITY, toSpecialist(cityBudget, undispatched, null)));
        assertEquals("R-FUND-1", refused.ruleId());
        assertEquals(0, db.count("SELECT COUNT(*) FROM allocation"));
    }

    @Test
    void aBudgetIsNeverOverAllocated() {
        long small = service.openBudget(HPU, budget("UNIT:hpu", "0")).id();
        assertEquals(0, service.budget(HPU, small).amount().signum());
        service.allocate(WUZHI, toSpecialist(wuzhiBudget, countySpecialist, "300000"));

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> service.allocate(WUZHI, toSpecialist(wuzhiBudget, countySpecialist, "0.01")));

        assertEquals("R-FUND-2", refused.ruleId());
        assertEquals(1, db.count("SELECT COUNT(*) FROM allocation"));
    }

    @Test
    void amountsAreWholeFenAndNeverNegative() {
        for (String bad : List.of("1.005", "-1", "0")) {
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> service.allocate(CITY, toSpecialist(cityBudget, citySpecialist, bad)), bad);
            assertEquals("amount", refused.errors().get(0).field());
        }
        assertEquals(new BigDecimal("1.10"),
                service.allocate(CITY, toSpecialist(cityBudget, citySpecialist, "1.100")).amount());
    }

    @Test
    void twoConcurrentAllocationsCannotBothPassTheBudget() throws Exception {
        Specialists specialists = new Specialists(db.store(), tiers);
        long second = specialists.active("赵二", "county");
        dispatch(second, "wuzhi");
        CountDownLatch firstHasChecked = new CountDownLatch(1);
        // the first request holds its transaction open after its checks, until the second is well under way
        FundingServiceImpl slow = service(holdingOpen(db.store(), firstHasChecked));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Allocation> first = threads.submit(
                    () -> slow.allocate(WUZHI, toSpecialist(wuzhiBudget, countySpecialist, "200000")));
            assertTrue(firstHasChecked.await(10, TimeUnit.SECONDS));
            Future<Allocation> other = threads.submit(
                    () -> service.allocate(WUZHI, toSpecialist(wuzhiBudget, second, "200000")));
            List<Throwable> failures = new ArrayList<>();
            int passed = 0;
            for (Future<Allocation> result : List.of(first, other)) {
                try {
                    result.get(30, TimeUnit.SECONDS);
                    passed++;
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            assertEquals(1, passed);
            assertTrue(failures.get(0) instanceof RuleViolationException, String.valueOf(failures.get(0)));
            assertEquals(20_000_000, db.count("SELECT SUM(amount_fen) FROM allocation"));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void R_FUND_5_aPremiumPaidFromTheSpecialistsFundsIsAnInsuranceExpenseOfTheirOwnAllocation() {
        long own = service.allocate(CITY, toSpecialist(cityBudget, citySpecialist, null)).id();
        long others = service.allocate(WUZHI, toSpecialist(wuzhiBudget, countySpecialist, "10000")).id();
        InsuranceServiceImpl insurance = new InsuranceServiceImpl(db.store(),
                ProgrammeCalendarService.calendarYear(clock), clock);
        LocalDate from = LocalDate.of(YEAR, 3, 1);

        ValidationException notHis = assertThrows(ValidationException.class, () -> insurance.record(HPU,
                new InsuranceDraft(citySpecialist, "中国人寿焦作分公司", "PA-1", from, from.plusYears(1).minusDays(1),
                        new BigDecimal("180.00"), others)));
        assertEquals("paidFromAllocationId", notHis.errors().get(0).field());
        assertEquals(0, db.count("SELECT COUNT(*) FROM insurance_policy"), "a refused policy is not recorded");

        insurance.record(HPU, new InsuranceDraft(citySpecialist, "中国人寿焦作分公司", "PA-1", from,
                from.plusYears(1).minusDays(1), new BigDecimal("180.00"), own));
        Expense premium = service.expenses(CITY, new ExpenseFilter(YEAR, own, null, null, null, null, null),
                PageRequest.first()).items().get(0);
        assertEquals(ExpenseCategory.INSURANCE, premium.category());
        assertEquals(new BigDecimal("180.00"), premium.amount());
        assertEquals(from, premium.spentOn());
        assertTrue(premium.description().contains("PA-1"), premium.description());
    }

    @Test
    void R_FUND_3_twoConcurrentExpensesCannotBothPassTheAllocation() throws Exception {
        long allocation = service.allocate(CITY, toSpecialist(cityBudget, citySpecialist, null)).id();
        CountDownLatch firstHasChecked = new CountDownLatch(1);
        FundingServiceImpl slow = service(holdingOpen(db.store(), firstHasChecked));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Expense> first = threads.submit(
                    () -> slow.book(HPU, expense(allocation, ExpenseCategory.TRAINING, "15000")));
            assertTrue(firstHasChecked.await(10, TimeUnit.SECONDS));
            Future<Expense> other = threads.submit(
                    () -> service.book(HPU, expense(allocation, ExpenseCategory.TESTING, "15000")));
            first.get(30, TimeUnit.SECONDS);
            java.util.concurrent.ExecutionException refused = assertThrows(
                    java.util.concurrent.ExecutionException.class, () -> other.get(30, TimeUnit.SECONDS));
            assertEquals("R-FUND-3", ((RuleViolationException) refused.getCause()).ruleId());
            assertEquals(1_500_000, db.count("SELECT SUM(amount_fen) FROM expense"));
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Why the limits hold on any database, not only on Derby (which also locks the rows a sum reads): the budget's and
     * the allocation's rows are locked by the checking transaction, so a second one waits until the first committed.
     */
    @Test
    void theBudgetAndAllocationRowsAreLockedUntilTheCheckingTransactionEnds() throws Exception {
        long allocation = service.allocate(CITY, toSpecialist(cityBudget, citySpecialist, null)).id();
        for (Function<Repositories, Object> lock : List.<Function<Repositories, Object>>of(
                repos -> repos.funding().lockBudget(cityBudget), repos -> repos.funding().lockAllocation(allocation))) {
            CountDownLatch locked = new CountDownLatch(1);
            Store holding = holdingOpen(db.store(), locked);
            ExecutorService thread = Executors.newSingleThreadExecutor();
            try {
                Future<Object> first = thread.submit(() -> holding.write(lock));
                assertTrue(locked.await(10, TimeUnit.SECONDS));
                long start = System.nanoTime();
                db.store().write(lock);
                long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                first.get(10, TimeUnit.SECONDS);
                assertTrue(waitedMillis >= 300, "the second lock waited only " + waitedMillis + " ms");
            } finally {
                thread.shutdownNow();
            }
        }
    }

    /** The store, whose writes wait 600 ms after their work (locks held, nothing committed) once they signalled. */
    private static Store holdingOpen(Store store, CountDownLatch checked) {
        return new Store() {
            @Override
            public <T> T read(Function<Repositories, T> work) {
                return store.read(work);
            }

            @Override
            public <T> T write(Function<Repositories, T> work) {
                return store.write(repos -> {
                    T result = work.apply(repos);
                    checked.countDown();
                    try {
                        Thread.sleep(600);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return result;
                });
            }

            @Override
            public void exclusively(String name, io.tepai.api.NodeLock.Work work) throws InterruptedException {
                store.exclusively(name, work);
            }

            @Override
            public boolean isReachable() {
                return true;
            }
        };
    }

    @Test
    void R_FUND_3_expensesStayWithinTheAllocationAndItsYear() {
        long allocation = service.allocate(CITY, toSpecialist(cityBudget, citySpecialist, null)).id();
        service.book(HPU, expense(allocation, ExpenseCategory.VEHICLE_FUEL, "19999.99"));

        RuleViolationException beyond = assertThrows(RuleViolationException.class,
                () -> service.book(HPU, expense(allocation, ExpenseCategory.TOLLS, "0.02")));
        assertEquals("R-FUND-3", beyond.ruleId());
        ValidationException outside = assertThrows(ValidationException.class, () -> service.book(HPU,
                new ExpenseDraft(allocation, ExpenseCategory.TOLLS, LocalDate.of(2025, 1, 1), BigDecimal.ONE, "过路费")));
        assertEquals("spentOn", outside.errors().get(0).field());
        assertThrows(ValidationException.class, () -> service.book(HPU,
                new ExpenseDraft(allocation, null, LocalDate.of(YEAR, 2, 1), BigDecimal.ONE, "过路费")));
        // the dispatching unit of the specialist books; another unit does not
        assertThrows(ForbiddenException.class,
                () -> service.book(JZU, expense(allocation, ExpenseCategory.TOLLS, "0.01")));
        assertEquals(1, db.count("SELECT COUNT(*) FROM expense"));
    }

    @Test
    void aCorrectionIsANewAuditedEntryAndTheOriginalStays() {
        long allocation = service.allocate(CITY, toSpecialist(cityBudget, citySpecialist, null)).id();
        Expense original = service.book(HPU, expense(allocation, ExpenseCategory.MATERIALS, "5000"));

        assertThrows(ValidationException.class, () -> service.correct(HPU, original.id(), new BigDecimal("4000"), ""));
        Expense correction = service.correct(HPU, original.id(), new BigDecimal("4000"), "发票金额录入有误");
        assertThrows(ConflictException.class,
                () -> service.correct(HPU, correction.id(), BigDecimal.ZERO, "再次更正"));
        // correcting to more than the allocation allows is refused like any booking
        assertThrows(RuleViolationException.class,
                () -> service.correct(HPU, original.id(), new BigDecimal("20000.01"), "补录"));

        assertEquals(new BigDecimal("-1000.00"), correction.amount());
        assertEquals(original.id(), correction.correctsId());
        assertEquals(500_000, db.count("SELECT amount_fen FROM expense WHERE id = " + original.id()));
        assertEquals(new BigDecimal("4000.00"), service.allocation(HPU, allocation).spent());
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Expense' AND reason = '发票金额录入有误'"));
    }

    @Test
    void readingIsScoped() {
        Allocation city = service.allocate(CITY, toSpecialist(cityBudget, citySpecialist, null));
        service.allocate(WUZHI, toSpecialist(wuzhiBudget, countySpecialist, "10000"));
        Actor self = FieldActors.specialist(citySpecialist);

        assertEquals(2, service.allocations(WUZHI, AllocationFilter.ALL, PageRequest.first()).total());
        assertEquals(0, service.allocations(XIUWU, AllocationFilter.ALL, PageRequest.first()).total());
        assertEquals(List.of(city.id()), service.allocations(self, AllocationFilter.ALL, PageRequest.first())
                .items().stream().map(Allocation::id).toList());
        assertThrows(ForbiddenException.class, () -> service.allocations(self,
                new AllocationFilter(null, null, null, countySpecialist, null, null), PageRequest.first()));
        assertThrows(ForbiddenException.class, () -> service.allocations(XIUWU,
                new AllocationFilter(null, null, null, null, "wuzhi", null), PageRequest.first()));
        assertEquals(List.of("COUNTY:wuzhi"), service.budgets(WUZHI, null, PageRequest.first()).items().stream()
                .map(Budget::source).toList());
        assertEquals(2, service.budgets(AUDITOR, null, PageRequest.first()).total());
        assertThrows(ForbiddenException.class, () -> service.budgets(self, null, PageRequest.first()));
        assertThrows(ForbiddenException.class, () -> service.allocation(XIUWU, city.id()));
    }

    @Test
    void theLedgerReconcilesWithTheRowsSummedIndependently() {
        long a1 = service.allocate(CITY, toSpecialist(cityBudget, citySpecialist, null)).id();
        long a2 = service.allocate(CITY, new AllocationDraft(cityBudget, cityTeam, null, new BigDecimal("120000"),
                null)).id();
        long a3 = service.allocate(WUZHI, toSpecialist(wuzhiBudget, countySpecialist, "8000.50")).id();
        service.book(HPU, expense(a1, ExpenseCategory.TRANSPORT_TRAVEL, "1234.56"));
        service.book(HPU, expense(a1, ExpenseCategory.TRAINING, "300"));
        Expense fixed = service.book(HPU, expense(a2, ExpenseCategory.TESTING, "9999.99"));
        service.correct(CITY, fixed.id(), new BigDecimal("8888.88"), "检测费退回一部分");
        service.book(HPU, expense(a3, ExpenseCategory.WORK_SUBSIDY, "0.01"));

        List<LedgerLine> budgets = service.ledger(AUDITOR, YEAR, LedgerGroup.BUDGET, PageRequest.first()).items();
        assertEquals(2, budgets.size());
        for (LedgerLine line : budgets) {
            long id = Long.parseLong(line.key());
            assertEquals(db.count("SELECT COALESCE(SUM(amount_fen), 0) FROM allocation WHERE budget_id = " + id),
                    fen(line.allocated()), line.name());
            assertEquals(db.count("SELECT COALESCE(SUM(x.amount_fen), 0) FROM expense x JOIN allocation a"
                    + " ON x.allocation_id = a.id WHERE a.budget_id = " + id), fen(line.spent()), line.name());
            assertEquals(fen(line.allocated()) - fen(line.spent()), fen(line.remaining()));
            assertEquals(fen(line.spent()), line.byCategory().values().stream().mapToLong(this::fen).sum());
        }
        LedgerLine city = budgets.stream().filter(l -> l.name().equals("CITY 2024")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("1000000.00"), city.budgeted());
        assertEquals(new BigDecimal("8888.88"), city.byCategory().get(ExpenseCategory.TESTING));

        List<LedgerLine> bySpecialist = service.ledger(CITY, YEAR, LedgerGroup.SPECIALIST, PageRequest.first())
                .items();
        assertEquals(List.of(String.valueOf(citySpecialist), String.valueOf(countySpecialist)),
                bySpecialist.stream().map(LedgerLine::key).toList());
        for (LedgerLine line : bySpecialist) {
            assertEquals(db.count("SELECT SUM(amount_fen) FROM allocation WHERE specialist_id = " + line.key()),
                    fen(line.allocated()));
            assertEquals(db.count("SELECT SUM(x.amount_fen) FROM expense x JOIN allocation a"
                    + " ON x.allocation_id = a.id WHERE a.specialist_id = " + line.key()), fen(line.spent()));
        }
        LedgerLine wuzhi = service.ledger(WUZHI, YEAR, LedgerGroup.COUNTY, PageRequest.first()).items().get(0);
        assertEquals("wuzhi", wuzhi.key());
        assertEquals(new BigDecimal("300000.00"), wuzhi.budgeted());
        assertEquals(new BigDecimal("28000.50"), wuzhi.allocated());
        LedgerLine team = service.ledger(HPU, YEAR, LedgerGroup.TEAM, PageRequest.first()).items().get(0);
        assertEquals(new BigDecimal("111111.12"), team.remaining());
        assertNull(team.budgeted());
        assertEquals(5, service.expenses(AUDITOR, ExpenseFilter.ALL, PageRequest.first()).total());
        assertEquals(1, service.expenses(WUZHI, new ExpenseFilter(null, null, null, null, null, null, null),
                PageRequest.first()).items().stream().filter(e -> e.allocationId() == a3).count());
    }

    private long fen(BigDecimal yuan) {
        return yuan.movePointRight(2).longValueExact();
    }

    /** A published incentive grant of {@code yuan} (null: not money) by a policy from {@code source}. */
    private void grant(int year, String county, String subject, String source, String yuan) {
        String round = "(SELECT id FROM evaluation_round WHERE round_year = " + year + " AND evaluator = '" + county
                + "')";
        if (db.count("SELECT COUNT(*) FROM evaluation_round WHERE round_year = " + year + " AND evaluator = '"
                + county + "'") == 0) {
            db.execute("INSERT INTO evaluation_round (round_year, subject_kind, county_code, evaluator, status, stale,"
                    + " excellent_quota, problems, created_at, created_by, sample, version) VALUES (" + year
                    + ", 'SPECIALIST', '" + county + "', '" + county + "', 'PUBLISHED', FALSE, 1, '',"
                    + " CURRENT_TIMESTAMP, 'test', FALSE, 0)");
        }
        db.execute("INSERT INTO evaluation_result (round_id, subject_key, subject_name, county_code, industries,"
                        + " field_days, total_score, rank_no, computed_grade, grade, cap_note, adjust_reason,"
                        + " adjusted_by, version) VALUES (" + round + ", '" + subject + "', '" + subject + "', '"
                        + county + "', '乡村旅游', 40, 90, 1, 'EXCELLENT', 'EXCELLENT', '', '', '', 0)",
                "INSERT INTO incentive_grant (round_id, result_id, round_year, subject_kind, subject_key,"
                        + " subject_name, county_code, grade, policy_id, source, kind, description, amount_cny,"
                        + " granted_at) VALUES (" + round + ", (SELECT id FROM evaluation_result WHERE subject_key = '"
                        + subject + "' AND round_id = " + round + "), " + year + ", 'SPECIALIST', '" + subject + "', '"
                        + subject + "', '" + county + "', 'EXCELLENT', 'bonus', '" + source + "', 'bonus', '奖励', "
                        + yuan + ", CURRENT_TIMESTAMP)");
    }

    @Test
    void R_INC_2_R_FUND_2_aCountysIncentiveMoneyIsACommitmentOfItsBudgetInTheLedger() {
        service.allocate(WUZHI, toSpecialist(wuzhiBudget, countySpecialist, "8000"));
        grant(YEAR, "wuzhi", "s1", "io.tepai.plugin.wuzhi.bonus 1.0.0", "5000");
        grant(YEAR, "wuzhi", "s2", "io.tepai.plugin.wuzhi.bonus 1.0.0", "2000.50");
        grant(YEAR, "wuzhi", "s3", IncentiveGrant.BUILT_IN, "null");
        grant(YEAR, "xiuwu", "s4", "io.tepai.plugin.xiuwu.tourism 1.0.0", "7000");
        grant(YEAR - 1, "wuzhi", "s5", "io.tepai.plugin.wuzhi.bonus 1.0.0", "300");
        long expected = db.count("SELECT SUM(amount_cny) * 100 FROM incentive_grant WHERE county_code = 'wuzhi'"
                + " AND round_year = " + YEAR + " AND amount_cny IS NOT NULL AND source <> 'built-in'");
        assertEquals(700050, expected);

        List<LedgerLine> budgets = service.ledger(AUDITOR, YEAR, LedgerGroup.BUDGET, PageRequest.first()).items();
        LedgerLine county = budgets.stream().filter(l -> l.name().startsWith("COUNTY:wuzhi")).findFirst().orElseThrow();
        assertEquals(expected, fen(county.committed()));
        assertEquals(new BigDecimal("8000.00"), county.allocated());
        assertNull(budgets.stream().filter(l -> l.name().startsWith("CITY")).findFirst().orElseThrow().committed());
        LedgerLine wuzhi = service.ledger(WUZHI, YEAR, LedgerGroup.COUNTY, PageRequest.first()).items().get(0);
        assertEquals("wuzhi", wuzhi.key());
        assertEquals(new BigDecimal("7000.50"), wuzhi.committed());
        assertNull(service.ledger(CITY, YEAR, LedgerGroup.SPECIALIST, PageRequest.first()).items().get(0)
                .committed());
    }

    private DisbursementServiceImpl disbursements(Store store) {
        return new DisbursementServiceImpl(store, ProgrammeCalendarService.calendarYear(clock), clock);
    }

    private static DisbursementDraft payment(long allocation, String day, String yuan) {
        return new DisbursementDraft(allocation, LocalDate.parse(day), new BigDecimal(yuan), "凭证 2024-118");
    }

    @Test
    void R_FUND_3_twoConcurrentDisbursementsCannotBothPassTheAllocation() throws Exception {
        long allocation = service.allocate(CITY, toSpecialist(cityBudget, citySpecialist, null)).id();
        CountDownLatch firstHasChecked = new CountDownLatch(1);
        DisbursementServiceImpl slow = disbursements(holdingOpen(db.store(), firstHasChecked));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Disbursement> first = threads.submit(() -> slow.disburse(CITY, payment(allocation, "2024-04-01",
                    "15000")));
            assertTrue(firstHasChecked.await(10, TimeUnit.SECONDS));
            Future<Disbursement> other = threads.submit(() -> disbursements(db.store()).disburse(CITY,
                    payment(allocation, "2024-04-02", "15000")));
            first.get(30, TimeUnit.SECONDS);
            java.util.concurrent.ExecutionException refused = assertThrows(
                    java.util.concurrent.ExecutionException.class, () -> other.get(30, TimeUnit.SECONDS));
            assertEquals("R-FUND-3", ((RuleViolationException) refused.getCause()).ruleId());
            assertEquals(1_500_000, db.count("SELECT SUM(amount_fen) FROM disbursement"));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void disbursementsStayWithinTheAllocationItsYearAndTheBudgetsOwnerAndShowInTheLedger() {
        DisbursementServiceImpl pay = disbursements(db.store());
        long city = service.allocate(CITY, toSpecialist(cityBudget, citySpecialist, null)).id();
        long county = service.allocate(WUZHI, toSpecialist(wuzhiBudget, countySpecialist, "8000")).id();
        pay.disburse(CITY, payment(city, "2024-04-01", "12000.50"));
        pay.disburse(WUZHI, payment(county, "2024-04-01", "8000"));

        assertEquals("R-FUND-3", assertThrows(RuleViolationException.class,
                () -> pay.disburse(CITY, payment(city, "2024-05-01", "8000.00"))).ruleId());
        assertEquals("paidOn", assertThrows(ValidationException.class,
                () -> pay.disburse(CITY, payment(city, "2025-01-01", "1"))).errors().get(0).field());
        assertEquals("amount", assertThrows(ValidationException.class,
                () -> pay.disburse(CITY, payment(city, "2024-05-01", "0.001"))).errors().get(0).field());
        assertThrows(ForbiddenException.class, () -> pay.disburse(WUZHI, payment(city, "2024-05-01", "1")));
        assertThrows(ForbiddenException.class, () -> pay.disburse(XIUWU, payment(county, "2024-05-01", "1")));
        assertEquals(2, db.count("SELECT COUNT(*) FROM disbursement"));
        assertEquals(2, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Disbursement'"));

        for (LedgerLine line : service.ledger(AUDITOR, YEAR, LedgerGroup.BUDGET, PageRequest.first()).items()) {
            assertEquals(db.count("SELECT COALESCE(SUM(d.amount_fen), 0) FROM disbursement d JOIN allocation a"
                    + " ON d.allocation_id = a.id WHERE a.budget_id = " + line.key()), fen(line.disbursed()));
        }
        LedgerLine specialist = service.ledger(CITY, YEAR, LedgerGroup.SPECIALIST, PageRequest.first()).items()
                .get(0);
        assertEquals(String.valueOf(citySpecialist), specialist.key());
        assertEquals(new BigDecimal("12000.50"), specialist.disbursed());
        assertEquals(0, pay.disbursements(XIUWU, null, YEAR, PageRequest.first()).total());
        assertEquals(2, pay.disbursements(AUDITOR, null, null, PageRequest.first()).total());
    }
}
