package io.tepai.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.demand.Demand;
import io.tepai.api.demand.DemandFilter;
import io.tepai.api.demand.DemandStatus;
import io.tepai.api.dispatch.Assignment;
import io.tepai.api.dispatch.Coverage;
import io.tepai.api.field.LogFilter;
import io.tepai.api.field.LogStatus;
import io.tepai.api.field.Progress;
import io.tepai.api.field.ProgressFilter;
import io.tepai.api.field.ProgressStatus;
import io.tepai.api.field.SpecialistProgress;
import io.tepai.api.dispatch.Squad;
import io.tepai.api.org.DispatchingUnit;
import io.tepai.api.org.UnitDraft;
import io.tepai.api.org.UnitFilter;
import io.tepai.api.specialist.Specialist;
import io.tepai.api.specialist.SpecialistDraft;
import io.tepai.api.specialist.SpecialistFilter;
import io.tepai.api.team.Agreement;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.Team;
import io.tepai.api.team.TeamFilter;
import io.tepai.api.team.TeamLevel;
import io.tepai.api.team.TeamStatus;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.demand.DemandServiceImpl;
import io.tepai.core.intake.IntakeServiceImpl;
import io.tepai.api.StartupTask;
import io.tepai.core.node.NodeLockImpl;
import io.tepai.demo.DemoDataLoader.DemoData;
import io.tepai.core.dispatch.AssignmentServiceImpl;
import io.tepai.core.dispatch.CoverageServiceImpl;
import io.tepai.core.dispatch.SquadServiceImpl;
import io.tepai.core.dispatch.WorkstationServiceImpl;
import io.tepai.core.evaluation.EvaluationServiceImpl;
import io.tepai.api.roster.Roster;
import io.tepai.api.roster.RosterOutcome;
import io.tepai.api.roster.RosterStatus;
import io.tepai.core.roster.RosterInputServiceImpl;
import io.tepai.core.roster.RosterServiceImpl;
import io.tepai.core.field.DemonstrationBaseServiceImpl;
import io.tepai.core.field.MenteeServiceImpl;
import io.tepai.core.field.ProgressServiceImpl;
import io.tepai.core.field.RecipientServiceImpl;
import io.tepai.core.field.RequestServiceImpl;
import io.tepai.core.field.ServiceLogServiceImpl;
import io.tepai.core.field.TrainingServiceImpl;
import io.tepai.core.org.UnitServiceImpl;
import io.tepai.core.security.AccountAdministration;
import io.tepai.core.security.RecentSignIns;
import io.tepai.core.security.SignIn;
import io.tepai.core.specialist.EligibilityRule;
import io.tepai.core.specialist.SpecialistServiceImpl;
import io.tepai.core.team.TeamServiceImpl;
import io.tepai.core.testing.Modules;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.TestStore;
import io.tepai.core.tier.CityTier;
import io.tepai.core.tier.CountyProvinceFundedTier;
import io.tepai.core.tier.CountyTier;
import io.tepai.core.tier.ProvinceTier;
import io.tepai.core.tier.TierRegistry;
import io.tepai.core.tier.UnitOwnTier;
import io.tepai.spi.tier.CandidateProfile;
import io.tepai.api.funding.BudgetFilter;
import io.tepai.api.funding.Expense;
import io.tepai.api.funding.ExpenseFilter;
import io.tepai.api.funding.LedgerGroup;
import io.tepai.api.funding.LedgerLine;
import io.tepai.core.funding.FundingServiceImpl;
import io.tepai.core.funding.InspectionServiceImpl;
import io.tepai.core.funding.InsuranceServiceImpl;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shipped demo data set (demo/demo-data.json) is complete, obeys every rule the services apply, and comes out
 * marked sample although it goes through the API services only: core's real services on the migrated test database.
 */
class DemoDataTest {

    private static final Actor LOADER = DemoDataLoader.LOADER;

    private TestStore db;
    private UnitServiceImpl units;
    private SpecialistServiceImpl specialists;
    private TierRegistry tiers;
    private TeamServiceImpl teams;
    private AssignmentServiceImpl assignments;
    private SquadServiceImpl squads;
    private WorkstationServiceImpl workstations;
    private ServiceLogServiceImpl logs;
    private ProgrammeCalendar calendar;
    private ProgressServiceImpl progress;
    private AccountAdministration accounts;
    private SignIn signIn;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        tiers = new TierRegistry();
        tiers.addTier(new ProvinceTier());
        tiers.addTier(new CountyProvinceFundedTier());
        tiers.addTier(new CityTier());
        tiers.addTier(new CountyTier());
        tiers.addTier(new UnitOwnTier());
        units = new UnitServiceImpl(db.store());
        specialists = new SpecialistServiceImpl(db.store(), tiers);
        teams = new TeamServiceImpl(db.store(), java.util.Map.of());
        assignments = new AssignmentServiceImpl(db.store(), tiers, Modules.acceptingEveryTier());
        calendar = ProgrammeCalendarService.calendarYear(Clock.systemUTC());
        squads = new SquadServiceImpl(db.store(), calendar);
        workstations = new WorkstationServiceImpl(db.store());
        logs = new ServiceLogServiceImpl(db.store(), calendar, java.util.Map.of());
        progress = new ProgressServiceImpl(db.store(), tiers, calendar);
        java.util.Map<String, Object> fastHashing = java.util.Map.of("passwordIterations", "1000");
        RecentSignIns recent = new RecentSignIns(fastHashing);
        accounts = new AccountAdministration(db.store(), recent, fastHashing);
        signIn = new SignIn(db.store(), recent, fastHashing);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private void loadAll(DemoData data) {
        data.units().forEach(unit -> units.create(LOADER, unit));
        data.specialists().forEach(specialist -> DemoDataLoader.add(services(), specialist));
    }

    @Test
    void aLoadCutShortIsCompletedOnTheNextStartWithoutDuplicates() {
        DemoData data = DemoDataLoader.read();
        units.create(LOADER, data.units().get(0));
        DemoDataLoader.add(services(), data.specialists().stream()
                .filter(s -> s.unitCode().equals(data.units().get(0).code())).findFirst().orElseThrow());

        DemoDataLoader loader = loader();
        assertEquals(StartupTask.State.RUNNING, loader.state(), "readiness waits until the load is done (12.6)");
        loader.loadOnce();
        assertEquals(StartupTask.State.DONE, loader.state());

        assertEquals(8, db.count("SELECT COUNT(*) FROM dispatching_unit"));
        assertEquals(65, db.count("SELECT COUNT(*) FROM specialist"), "60 of the register, 5 of the recruitment");
        assertEquals(data.accounts().size(), db.count("SELECT COUNT(*) FROM account"));
        assertEquals(7, db.count("SELECT COUNT(*) FROM team"));
        // R-REC-2: one intake appointed (two with terms, one dropped), one in its notice with an open objection
        assertEquals(2, db.count("SELECT COUNT(*) FROM intake"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM intake WHERE status = 'NOTICE'"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM objection WHERE status = 'OPEN'"));
        assertEquals(2, db.count("SELECT COUNT(*) FROM specialist_term WHERE source = 'APPOINTMENT'"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM registration WHERE status = 'DROPPED'"));
        Map<String, Long> counts = countsOfEveryKind();

        DemoDataLoader restarted = loader();
        restarted.loadOnce();
        assertEquals(StartupTask.State.DONE, restarted.state(), "a restart that finds it all is loaded at once");
        assertEquals(counts, countsOfEveryKind(), "a second load finds every record and adds none");
        int year = calendar.currentYear();
        assertNull(organisation().load(DemoOrganisation.read(), year), "nothing new, so nothing logged as loaded");
        assertNull(new DemoEvaluation(LOADER, services()).load(year), "nothing new, so nothing logged as loaded");
    }

    /** Two nodes started at once on an empty database (README "Two nodes"): one loads, the other finds it loaded. */
    @Test
    void twoLoadsStartedAtOnceLoadTheDemoDataOnce() throws InterruptedException {
        DemoDataLoader first = loader();
        DemoDataLoader second = loader();
        Thread one = new Thread(first::loadOnce);
        Thread other = new Thread(second::loadOnce);
        one.start();
        other.start();
        one.join();
        other.join();

        assertEquals(StartupTask.State.DONE, first.state());
        assertEquals(StartupTask.State.DONE, second.state());
        assertEquals(8, db.count("SELECT COUNT(*) FROM dispatching_unit"));
        assertEquals(65, db.count("SELECT COUNT(*) FROM specialist"));
        assertEquals(DemoDataLoader.read().accounts().size(), db.count("SELECT COUNT(*) FROM account"));
        assertEquals(7, db.count("SELECT COUNT(*) FROM team"));
        assertEquals(db.count("SELECT COUNT(*) FROM (SELECT DISTINCT round_year, subject_kind, county_code, evaluator"
                + " FROM evaluation_round) rounds"), db.count("SELECT COUNT(*) FROM evaluation_round"));
    }

    private Map<String, Long> countsOfEveryKind() {
        return List.of("dispatching_unit", "specialist", "account", "team", "agreement", "assignment", "workstation",
                "recipient", "service_log", "training", "demonstration_base", "mentee", "coordination_request",
                "evaluation_round").stream().collect(Collectors.toMap(table -> table,
                table -> db.count("SELECT COUNT(*) FROM " + table)));
    }

    /** One load for all three checks: a whole load is the slowest thing these tests do. */
    @Test
    void everyDemoRecordIsSampleAndEveryCountyAndUnitWithDemoDataHasAnAccountSigningInWithItsName() {
        loader().loadOnce();

        for (String table : List.of("dispatching_unit", "specialist", "team", "agreement", "assignment",
                "workstation", "recipient", "service_log", "training", "demonstration_base", "mentee",
                "coordination_request", "evaluation_round", "demand", "demand_match")) {
            assertTrue(db.count("SELECT COUNT(*) FROM " + table) > 0, table + " has demo records");
            assertEquals(0, db.count("SELECT COUNT(*) FROM " + table + " WHERE NOT sample"), table);
        }
        DemoData data = DemoDataLoader.read();
        Set<String> scopes = data.accounts().stream().map(a -> a.role() + ":" + a.scope()).collect(Collectors.toSet());
        Set<String> countiesWithData = specialists.search(SpecialistFilter.ALL,
                new PageRequest(1, PageRequest.MAX_SIZE)).items().stream().flatMap(s -> s.counties().stream())
                .collect(Collectors.toSet());
        assertEquals(11, countiesWithData.size());
        countiesWithData.forEach(county -> assertTrue(scopes.contains("COUNTY:" + county), "county " + county));
        data.units().forEach(unit -> assertTrue(scopes.contains("UNIT:" + unit.code()), "unit " + unit.code()));
        for (var account : data.accounts()) {
            assertEquals(account.username(), account.password(), "README: password = user name");
            assertTrue(signIn.authenticate(account.username(), account.password().toCharArray()).isPresent(),
                    account.username());
        }
    }

    private DemoDataLoader loader() {
        return new DemoDataLoader(services(), new NodeLockImpl(db.store()), false);
    }

    private DemoServices services() {
        return new DemoServices(calendar, tiers, units, specialists, accounts, teams, assignments, squads,
                workstations, new RecipientServiceImpl(db.store()), logs, new TrainingServiceImpl(db.store()),
                new DemonstrationBaseServiceImpl(db.store()), new MenteeServiceImpl(db.store()),
                new RequestServiceImpl(db.store(), java.util.Map.of()), new EvaluationServiceImpl(db.store(), tiers,
                calendar, Modules.acceptingEveryTier(), java.util.Map.of()), funding(),
                new InsuranceServiceImpl(db.store(), calendar), new InspectionServiceImpl(db.store()),
                new DemandServiceImpl(db.store(), calendar, logs),
                new IntakeServiceImpl(db.store(), calendar, java.util.Map.of()),
                new RosterServiceImpl(db.store(), calendar), new RosterInputServiceImpl(db.store(), calendar));
    }

    private FundingServiceImpl funding() {
        return new FundingServiceImpl(db.store(), tiers, calendar);
    }

    @Test
    void R_SVC_2_R_TEAM_4_R_EVAL_2_demoTasksAreJudgedAndTheCountyThatLeadsACountyTeamEvaluatesIt() {
        DemoServices services = services();
        new DemoDataLoader(services, new NodeLockImpl(db.store()), false).loadOnce();
        int year = calendar.currentYear();

        List<io.tepai.api.team.AgreementTask> tasks = teams.searchAgreements(null, AgreementStatus.ACTIVE,
                new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
                .flatMap(a -> a.taskFulfilment().stream()).toList();
        assertTrue(tasks.stream().anyMatch(t -> t.fulfilment() == io.tepai.api.team.TaskFulfilment.FULFILLED
                && !t.evidenceLogIds().isEmpty()), "a task fulfilled with a log as evidence");
        assertTrue(tasks.stream().anyMatch(t -> t.fulfilment() == io.tepai.api.team.TaskFulfilment.PARTLY));
        assertTrue(tasks.stream().anyMatch(t -> t.fulfilment() == null), "open tasks");
        assertTrue(progress.progress(LOADER, year, io.tepai.api.field.ProgressFilter.ALL).teams().stream()
                .flatMap(t -> t.agreements().stream()).anyMatch(a -> a.tasksFulfilled() > 0
                        && !a.openTasks().isEmpty()));

        Actor mengzhou = new Actor("mengzhou-kjj", Set.of(Actor.ROLE_COUNTY, Actor.ROLE_COUNTY + ":mengzhou"));
        io.tepai.api.evaluation.Round round = services.evaluations().rounds(mengzhou,
                new io.tepai.api.evaluation.RoundFilter(year, io.tepai.spi.evaluation.SubjectKind.TEAM, "mengzhou",
                        null), PageRequest.first()).items().get(0);
        io.tepai.api.evaluation.Round computed = services.evaluations().compute(mengzhou, round.id());
        long countyTeam = teams.search(new TeamFilter(TeamLevel.COUNTY, "mengzhou", null, null, null),
                PageRequest.first()).items().get(0).id();
        assertEquals(List.of(String.valueOf(countyTeam)), services.evaluations().results(mengzhou,
                new io.tepai.api.evaluation.ResultFilter(round.id(), null, null, null, null, null),
                PageRequest.first()).items().stream().map(r -> r.subject().key()).toList());
        io.tepai.api.evaluation.Round reviewed = services.evaluations().review(mengzhou, round.id(),
                computed.version());
        assertEquals(io.tepai.api.evaluation.RoundStatus.PUBLISHED, services.evaluations().publish(mengzhou,
                round.id(), reviewed.version()).status());
    }

    @Test
    void R_FUND_1_R_FUND_3_theDemoYearHasBudgetsForTheCityAndEveryCountyAllocationsAndExpensesThatReconcile() {
        loader().loadOnce();
        int year = calendar.currentYear();
        FundingServiceImpl funding = funding();

        assertEquals(12, funding.budgets(LOADER, new BudgetFilter(year, null), PageRequest.first()).total());
        long teams = db.count("SELECT COUNT(*) FROM allocation WHERE team_id IS NOT NULL");
        long citySpecialists = db.count("SELECT COUNT(*) FROM allocation a JOIN specialist s ON a.specialist_id = s.id"
                + " WHERE s.tier_id = 'city' AND a.source = 'CITY' AND a.amount_fen = 2000000");
        assertTrue(teams >= 5, teams + " team allocations");
        assertTrue(citySpecialists >= 10, citySpecialists + " city specialists funded");
        assertTrue(db.count("SELECT COUNT(DISTINCT category) FROM expense") >= 6);
        assertEquals(0, db.count("SELECT COUNT(*) FROM allocation a WHERE a.amount_fen < (SELECT SUM(x.amount_fen)"
                + " FROM expense x WHERE x.allocation_id = a.id)"));
        // every figure of the ledger is the sum of the rows
        for (LedgerLine line : funding.ledger(LOADER, year, LedgerGroup.BUDGET, new PageRequest(1, 50)).items()) {
            assertEquals(db.count("SELECT COALESCE(SUM(amount_fen), 0) FROM allocation WHERE budget_id = "
                    + line.key()), line.allocated().movePointRight(2).longValueExact(), line.name());
            assertEquals(db.count("SELECT COALESCE(SUM(x.amount_fen), 0) FROM expense x JOIN allocation a"
                    + " ON x.allocation_id = a.id WHERE a.budget_id = " + line.key()),
                    line.spent().movePointRight(2).longValueExact(), line.name());
        }
        assertTrue(funding.expenses(LOADER, ExpenseFilter.ALL, PageRequest.first()).items().stream()
                .allMatch(Expense::sample));
        // R-FUND-5: most appointed specialists are insured for the year, a few are not
        long active = db.count("SELECT COUNT(*) FROM specialist WHERE status = 'ACTIVE'");
        long uninsured = new InsuranceServiceImpl(db.store(), calendar).uninsured(LOADER, null, PageRequest.first())
                .total();
        assertTrue(uninsured >= 3 && uninsured < active / 4, uninsured + " of " + active + " uninsured");
        // R-FUND-4: one inspection, with a finding of fees charged
        assertEquals(1, db.count("SELECT COUNT(*) FROM inspection"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM inspection_item WHERE finding = 'FEES_CHARGED'"));
        // a second load adds nothing
        long rows = db.count("SELECT COUNT(*) FROM expense") + db.count("SELECT COUNT(*) FROM insurance_policy");
        loader().loadOnce();
        assertEquals(rows, db.count("SELECT COUNT(*) FROM expense") + db.count("SELECT COUNT(*) FROM insurance_policy"));
    }

    private DemoField field() {
        return new DemoField(LOADER, services());
    }

    private DemoOrganisation organisation() {
        return new DemoOrganisation(LOADER, services());
    }

    @Test
    void R_SVC_2_theDemoYearShowsSpecialistsMetByDaysMetByCountOnTrackAndBehind() {
        loadAll(DemoDataLoader.read());
        // last year, seen from its 28 November, so that every profile shows whatever the date of the test run
        int year = LocalDate.now(ProgrammeCalendarService.ZONE).getYear() - 1;
        LocalDate today = LocalDate.of(year, 11, 28);
        MutableClock clock = new MutableClock(today.atTime(10, 0).atZone(ProgrammeCalendarService.ZONE).toInstant());
        calendar = ProgrammeCalendarService.calendarYear(clock);
        logs = new ServiceLogServiceImpl(db.store(), calendar, clock);
        progress = new ProgressServiceImpl(db.store(), tiers, calendar);
        organisation().load(DemoOrganisation.read(), year);
        Map<String, Specialist> byName = specialists.search(SpecialistFilter.ALL,
                new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
                .collect(Collectors.toMap(Specialist::name, s -> s));

        field().load(DemoField.read(), year, today, byName);

        Progress all = progress.progress(LOADER, year, ProgressFilter.ALL);
        Set<ProgressStatus> statuses = all.specialists().stream().map(SpecialistProgress::status)
                .collect(Collectors.toSet());
        assertEquals(Set.of(ProgressStatus.MET, ProgressStatus.ON_TRACK, ProgressStatus.BEHIND,
                ProgressStatus.NO_THRESHOLD), statuses);
        assertTrue(all.specialists().stream().anyMatch(p -> p.status() == ProgressStatus.MET && p.services() < 12),
                "met by field days");
        assertTrue(all.specialists().stream().anyMatch(p -> p.status() == ProgressStatus.MET
                && p.fieldDays().compareTo(new BigDecimal("30")) < 0), "met by number of services");
        assertTrue(logs.search(LOADER, new LogFilter(null, null, null, null, LogStatus.RETURNED, null, null),
                PageRequest.first()).total() > 0, "a few returned logs");
        assertTrue(logs.search(LOADER, new LogFilter(null, null, null, null, LogStatus.SUBMITTED, null, null),
                PageRequest.first()).total() > 0, "logs waiting for confirmation");
        assertEquals(3, db.count("SELECT COUNT(*) FROM coordination_request WHERE status <> 'RESOLVED'"));
        assertEquals(0, db.count("SELECT COUNT(*) FROM service_log WHERE end_date >= DATE('" + today + "')"),
                "nothing in the future");
        // R-SVC-1 with R-REC-3: every demo log lies within its specialist's dispatch (needing no county's reason)
        assertTrue(db.count("SELECT COUNT(*) FROM service_log WHERE status = 'CONFIRMED'") > 0);
        assertEquals(0, db.count("SELECT COUNT(*) FROM service_log l WHERE NOT EXISTS (SELECT 1 FROM assignment a"
                + " WHERE a.specialist_id = l.specialist_id AND a.county_code = l.county_code"
                + " AND a.programme_year = " + year + ")"), "logs outside a dispatch");
        assertEquals(0, db.count("SELECT COUNT(*) FROM service_log WHERE outside_dispatch_reason <> ''"));
    }

    @Test
    void R_REC_4_theDemoRosterOfNextYearIsADraftWithEveryOutcome() {
        loadAll(DemoDataLoader.read());
        int year = LocalDate.now(ProgrammeCalendarService.ZONE).getYear() - 1;
        LocalDate today = LocalDate.of(year, 11, 28);
        MutableClock clock = new MutableClock(today.atTime(10, 0).atZone(ProgrammeCalendarService.ZONE).toInstant());
        calendar = ProgrammeCalendarService.calendarYear(clock);
        logs = new ServiceLogServiceImpl(db.store(), calendar, clock);
        organisation().load(DemoOrganisation.read(), year);
        field().load(DemoField.read(), year, today, specialists.search(SpecialistFilter.ALL,
                new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
                .collect(Collectors.toMap(Specialist::name, s -> s)));
        new DemoEvaluation(LOADER, services()).load(year);

        assertNotNull(new DemoRoster(LOADER, services()).load(year));

        Roster roster = services().rosters().roster(LOADER, year + 1);
        assertEquals(RosterStatus.DRAFT, roster.status());
        for (RosterOutcome outcome : RosterOutcome.values()) {
            assertTrue(roster.outcomes().get(outcome) > 0, outcome + " in " + roster.outcomes());
        }
        assertEquals(db.count("SELECT COUNT(*) FROM specialist WHERE status = 'ACTIVE'"), roster.entries());
        assertEquals(1, db.count("SELECT COUNT(*) FROM evaluation_round WHERE status = 'PUBLISHED'"
                + " AND county_code = 'boai'"));
        assertEquals(2, db.count("SELECT COUNT(*) FROM roster_wish WHERE sample"));
        assertEquals(2, db.count("SELECT COUNT(*) FROM roster_county_request WHERE sample"));
        assertNull(new DemoRoster(LOADER, services()).load(year), "a load that finds the roster keeps it");
    }

    @Test
    void R_TEAM_1_R_TEAM_3_R_SQUAD_1_R_GOAL_1_theDemoOrganisationLoadsThroughTheServicesAndShowsAGap() {
        loadAll(DemoDataLoader.read());
        int year = calendar.currentYear();

        organisation().load(DemoOrganisation.read(), year);

        List<Team> all = teams.search(TeamFilter.ALL, new PageRequest(1, PageRequest.MAX_SIZE)).items();
        assertEquals(7, all.size());
        assertTrue(all.stream().allMatch(Team::sample));
        assertTrue(all.stream().filter(t -> t.status() == TeamStatus.ACTIVE)
                .allMatch(t -> t.members().size() >= 5 && t.members().size() <= 10), "R-TEAM-1");
        assertTrue(all.stream().anyMatch(t -> t.status() == TeamStatus.FORMING), "a team still forming");
        assertTrue(all.stream().anyMatch(t -> t.level() == TeamLevel.COUNTY), "R-TEAM-4: a county-level team");
        List<Agreement> agreements = teams.searchAgreements(null, null, new PageRequest(1, PageRequest.MAX_SIZE))
                .items();
        assertTrue(agreements.stream().filter(a -> a.status() == AgreementStatus.ACTIVE)
                .allMatch(a -> a.countyLeader().hasName() && a.liaison().hasName()), "R-TEAM-3");
        assertTrue(agreements.stream().anyMatch(a -> a.status() == AgreementStatus.DRAFT), "a draft agreement");
        assertTrue(agreements.stream().map(Agreement::teamId).distinct().count() >= 5, "1+N: several teams sign");

        Squad wuzhi = squads.get("wuzhi", year);
        assertTrue(wuzhi.members().size() >= 7, "wuzhi's squad: " + wuzhi.members());
        assertTrue(wuzhi.captainSource().startsWith("agreement:"), "R-SQUAD-1: the co-leader captains");
        assertEquals(11, workstations.list().size());

        Coverage coverage = new CoverageServiceImpl(db.store(), calendar).coverage(year);
        assertEquals(List.of("wuzhi/畜禽养殖", "qinyang/乡村旅游"),
                coverage.gaps().stream().map(g -> g.county() + "/" + g.industry()).toList());
        assertEquals(coverage.cells() - 2, coverage.covered());
        assertTrue(new CoverageServiceImpl(db.store(), calendar).coverage(year + 1).gaps().size() > 2,
                "assignments are for the loaded year only");
    }

    @Test
    void theDataSetReadsWithEightUnitsAndSixtySpecialists() {
        DemoData data = DemoDataLoader.read();

        assertEquals(8, data.units().size());
        assertEquals(60, data.specialists().size());
        assertEquals(Set.of("hpu", "jzu", "henau", "haas", "jzaas", "hist", "jzatec", "jzfor"),
                data.units().stream().map(UnitDraft::code).collect(Collectors.toSet()));
    }

    @Test
    void R_TIER_1_demoSpecialistsUseOnlyTheBuiltInTiers() {
        Set<String> tiers = DemoDataLoader.read().specialists().stream().map(SpecialistDraft::tierId)
                .collect(Collectors.toSet());

        assertEquals(Set.of("province", "county-province-funded", "city", "county", "unit-own"), tiers);
    }

    @Test
    void theWholeDataSetLoadsThroughTheServicesAsSampleRecords() {
        loadAll(DemoDataLoader.read());

        Page<DispatchingUnit> allUnits = units.search(UnitFilter.ALL, new PageRequest(1, PageRequest.MAX_SIZE));
        Page<Specialist> allSpecialists = specialists.search(SpecialistFilter.ALL,
                new PageRequest(1, PageRequest.MAX_SIZE));
        assertEquals(8, allUnits.total());
        assertEquals(60, allSpecialists.total());
        assertTrue(allUnits.items().stream().allMatch(DispatchingUnit::sample));
        assertTrue(allSpecialists.items().stream().allMatch(Specialist::sample));
    }

    @Test
    void R_DEM_1_R_REC_3_everyCountyPublishesADemandTableSomeMatchedSomeServedByTheMatchedExpertsDispatch() {
        loader().loadOnce();
        int year = calendar.currentYear();
        DemandServiceImpl demands = new DemandServiceImpl(db.store(), calendar, logs);

        for (String county : List.of("jiefang", "zhongzhan", "macun", "shanyang", "xiuwu", "boai", "wuzhi",
                "wenxian", "qinyang", "mengzhou", "shifanqu")) {
            List<Demand> table = demands.search(null, new DemandFilter(county, null, null, year),
                    new PageRequest(1, PageRequest.MAX_SIZE)).items();
            assertEquals(3, table.size(), county + "'s published table");
            assertTrue(table.stream().allMatch(d -> d.contactPhone() == null), "no phone for anonymous callers");
            for (Demand demand : table) {
                if (demand.status() == DemandStatus.SERVED) {
                    Assignment dispatch = assignments.get(demand.assignmentId());
                    assertEquals(demand.specialistId(), dispatch.specialistId(), county);
                    assertEquals(county, dispatch.county());
                }
            }
            assertEquals(Set.of(DemandStatus.PUBLISHED, DemandStatus.MATCHED, DemandStatus.SERVED), table.stream()
                    .map(Demand::status).collect(Collectors.toSet()), county);
        }
        Demand yam = demands.search(null, new DemandFilter("wenxian", "四大怀药", DemandStatus.SERVED, year),
                PageRequest.first()).items().get(0);
        assertEquals("温县祥云镇怀药合作社", yam.recipientName());
        assertTrue(yam.recipientId() != null, "linked to the recipient register");
        assertEquals("潘立新", yam.specialistName());
        assertEquals(2, yam.candidates());
        assertEquals(1, demands.search(LOADER, new DemandFilter("wenxian", null, DemandStatus.DRAFT, year),
                PageRequest.first()).total(), "a 温县 draft recorded after publication");

        loader().loadOnce();

        assertEquals(34, db.count("SELECT COUNT(*) FROM demand"), "a second start records nothing twice");
    }

    @Test
    void R_GOAL_1_R_REC_3_atLeastSevenDemoSpecialistsAreDispatchedToWuzhiThisYear() {
        loadAll(DemoDataLoader.read());
        int year = calendar.currentYear();
        organisation().load(DemoOrganisation.read(), year);

        long wuzhi = specialists.search(new SpecialistFilter("wuzhi", null, null, null, null, null, year),
                PageRequest.first()).total();

        assertTrue(wuzhi >= 7, "specialists serving wuzhi: " + wuzhi);
    }

    @Test
    void R_ELIG_1_everyIneligibleDemoSpecialistCarriesARecordedReason() {
        loadAll(DemoDataLoader.read());

        List<Specialist> all = specialists.search(SpecialistFilter.ALL, new PageRequest(1, PageRequest.MAX_SIZE))
                .items();
        List<Specialist> exceptions = all.stream().filter(s -> !EligibilityRule.problems(new CandidateProfile(
                s.unitCode(), s.titleLevel(), s.degree(), !s.serviceExperience().isBlank()), null).isEmpty())
                .toList();

        assertFalse(exceptions.isEmpty(), "the demo shows admitted exceptions too");
        assertTrue(exceptions.stream().allMatch(s -> !s.eligibilityException().isBlank()), exceptions.toString());
    }
}
