package io.tepai.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tepai.api.Actor;
import io.tepai.api.NodeLock;
import io.tepai.api.NotFoundException;
import io.tepai.api.PageRequest;
import io.tepai.api.StartupTask;
import io.tepai.api.account.AccountDraft;
import io.tepai.api.account.AccountService;
import io.tepai.api.account.Role;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.demand.DemandService;
import io.tepai.api.intake.IntakeService;
import io.tepai.api.dispatch.AssignmentService;
import io.tepai.api.dispatch.SquadService;
import io.tepai.api.dispatch.WorkstationService;
import io.tepai.api.evaluation.EvaluationService;
import io.tepai.api.field.DemonstrationBaseService;
import io.tepai.api.field.MenteeService;
import io.tepai.api.field.RecipientService;
import io.tepai.api.funding.FundingService;
import io.tepai.api.funding.InspectionService;
import io.tepai.api.funding.InsuranceService;
import io.tepai.api.field.RequestService;
import io.tepai.api.field.ServiceLogService;
import io.tepai.api.field.TrainingService;
import io.tepai.api.org.UnitDraft;
import io.tepai.api.org.UnitService;
import io.tepai.api.specialist.Specialist;
import io.tepai.api.roster.RosterInputService;
import io.tepai.api.roster.RosterService;
import io.tepai.api.specialist.SpecialistDraft;
import io.tepai.api.specialist.SpecialistFilter;
import io.tepai.api.specialist.SpecialistService;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.api.specialist.TierService;
import io.tepai.api.team.TeamService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the sample data set ({@code demo/demo-data.json} and the organisation, service records and evaluation
 * rounds) whenever the {@code tepai-demo} feature is installed, which the distribution does at boot; a production
 * installation leaves the feature out (README, Operations). Records go through the API services only, so the demo
 * obeys every rule, and it acts as {@link Actor#sampleData(String)}, so the services mark them {@code sample}.
 * Every record is looked up before it is created, so a load cut short completes on the next start and a loaded
 * database is left as it is. Readiness ({@code /api/health/ready}) waits for it as a {@link StartupTask}.
 */
@Component(service = StartupTask.class, immediate = true)
public class DemoDataLoader implements StartupTask {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    static final Actor LOADER = Actor.sampleData("demo-data");
    /**
     * The demo set includes city IT's {@code admin} account, which only an administrator creates; installing the
     * demo feature asked for it, so the loader acts as one for the accounts.
     */
    private static final Actor ACCOUNTS_LOADER = new Actor(LOADER.username(),
            Set.of(Actor.ROLE_CITY, Actor.ROLE_ADMIN, Actor.ROLE_SAMPLE));
    private static final Duration TIER_WAIT = Duration.ofSeconds(60);
    /** The {@link NodeLock} the load holds. */
    static final String LOCK = "demo";

    private volatile State state = State.RUNNING;

    record DemoData(String note, List<UnitDraft> units, List<SpecialistDraft> specialists,
                    List<AccountDraft> accounts) {
    }

    /** Why the demo roster is ACTIVE without an intake: it stands for the specialists Tepai found in office. */
    static final String APPOINTED_BEFORE_TEPAI = "焦作市科技特派员名单（平台启用前已选派，按原聘任文件录入）";

    private final DemoServices services;
    private final DemoOrganisation organisation;
    private final DemoField field;
    private final DemoEvaluation evaluation;
    private final DemoAgreementTasks agreementTasks;
    private final DemoFunding funding;
    private final DemoInsurance insurance;
    private final DemoInspection inspection;
    private final DemoDemands demands;
    private final DemoRecruitment recruitment;
    private final DemoRoster roster;
    private final NodeLock lock;
    private final Thread worker;

    @Activate
    public DemoDataLoader(@Reference ProgrammeCalendar calendar, @Reference TierService tiers,
                          @Reference UnitService units, @Reference SpecialistService specialists,
                          @Reference AccountService accounts, @Reference TeamService teams,
                          @Reference AssignmentService assignments, @Reference SquadService squads,
                          @Reference WorkstationService workstations, @Reference RecipientService recipients,
                          @Reference ServiceLogService logs, @Reference TrainingService trainings,
                          @Reference DemonstrationBaseService bases, @Reference MenteeService mentees,
                          @Reference RequestService requests, @Reference EvaluationService evaluations,
                          @Reference FundingService funding, @Reference InsuranceService insurance,
                          @Reference InspectionService inspections, @Reference DemandService demands,
                          @Reference IntakeService intakes, @Reference RosterService rosters,
                          @Reference RosterInputService rosterInputs, @Reference NodeLock lock) {
        this(new DemoServices(calendar, tiers, units, specialists, accounts, teams, assignments, squads,
                workstations, recipients, logs, trainings, bases, mentees, requests, evaluations,
                funding, insurance, inspections, demands, intakes, rosters, rosterInputs), lock, true);
    }

    DemoDataLoader(DemoServices services, NodeLock lock, boolean inBackground) {
        this.services = services;
        this.lock = lock;
        this.organisation = new DemoOrganisation(LOADER, services);
        this.field = new DemoField(LOADER, services);
        this.agreementTasks = new DemoAgreementTasks(LOADER, services);
        this.evaluation = new DemoEvaluation(LOADER, services);
        this.funding = new DemoFunding(LOADER, services);
        this.insurance = new DemoInsurance(LOADER, services);
        this.inspection = new DemoInspection(LOADER, services);
        this.demands = new DemoDemands(LOADER, services);
        this.recruitment = new DemoRecruitment(LOADER, services);
        this.roster = new DemoRoster(LOADER, services);
        // Tiers register independently of this component; loading waits for them off the SCR thread.
        this.worker = new Thread(this::loadOnce, "tepai-demo-data");
        worker.setDaemon(true);
        if (inBackground) {
            worker.start();
        }
    }

    @Override
    public String name() {
        return "demo";
    }

    /** RUNNING until every part of the demo data set is in the database (also on a restart that finds it there). */
    @Override
    public State state() {
        return state;
    }

    @Deactivate
    void stop() {
        worker.interrupt();
    }

    static DemoData read() {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream("/demo/demo-data.json")) {
            if (in == null) {
                throw new IllegalStateException("demo/demo-data.json is missing from the demo bundle");
            }
            return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo data", e);
        }
    }

    void loadOnce() {
        try {
            // Two nodes started at once on an empty database would each find no demo record and create them all:
            // one loads while the other waits, then finds every part there.
            lock.runExclusively(LOCK, this::load);
            state = State.DONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            state = State.FAILED;
            LOG.error("Loading the demo data failed; the database holds what was loaded before the failure", e);
        }
    }

    private void load() throws InterruptedException {
        loadRegister();
        int year = services.calendar().currentYear();
        logLoaded("organisation", organisation.load(DemoOrganisation.read(), year));
        logLoaded("service records", field.load(DemoField.read(), year, services.calendar().today(),
                sampleSpecialists()));
        logLoaded("agreed tasks", agreementTasks.load(year));
        logLoaded("evaluation rounds", evaluation.load(year));
        logLoaded("funding", funding.load(year, services.calendar().today()));
        logLoaded("demands", demands.load(DemoDemands.read(), year, services.calendar().today(),
                sampleSpecialists()));
        // before insurance, which covers every ACTIVE specialist: a second load then finds the appointees covered
        logLoaded("recruitment", recruitment.load(year, services.calendar().today()));
        logLoaded("insurance", insurance.load(year));
        logLoaded("inspection", inspection.load(year));
        logLoaded("roster", roster.load(year));
    }

    /** Units, specialists and accounts. */
    private void loadRegister() throws InterruptedException {
        DemoData data = read();
        awaitTiers(data);
        // Each record is its own write; a load cut short is completed on the next start, skipping what exists.
        List<UnitDraft> newUnits = data.units().stream().filter(unit -> !unitExists(unit.code())).toList();
        newUnits.forEach(unit -> services.units().create(LOADER, unit));
        long specialistsBefore = sampleSpecialists().size();
        Map<String, Long> ids = new HashMap<>();
        data.specialists().forEach(specialist -> ids.put(specialist.name(), existingSpecialist(specialist)
                .orElseGet(() -> add(services, specialist))));
        List<AccountDraft> newAccounts = data.accounts().stream()
                .filter(account -> !accountExists(account.username())).toList();
        newAccounts.forEach(account -> services.accounts().create(ACCOUNTS_LOADER, withSpecialistId(account, ids)));
        if (!newUnits.isEmpty() || specialistsBefore < data.specialists().size() || !newAccounts.isEmpty()) {
            LOG.info("Loaded the demo data set: {} dispatching units, {} specialists (marked sample), {} accounts",
                    newUnits.size(), data.specialists().size() - specialistsBefore, newAccounts.size());
        }
    }

    /**
     * A demo specialist: a candidate as registered, or one of the roster appointed before Tepai kept the records,
     * which only the city office's documented exception makes ACTIVE (R-REC-2), with a term of the current year.
     */
    static long add(DemoServices services, SpecialistDraft specialist) {
        if (specialist.status() != SpecialistStatus.ACTIVE) {
            return services.specialists().create(LOADER, specialist).id();
        }
        int year = services.calendar().currentYear();
        return services.specialists().appointByException(LOADER, specialist, services.calendar().firstDay(year),
                services.calendar().lastDay(year), APPOINTED_BEFORE_TEPAI).id();
    }

    /** A restart that finds a part complete says nothing about it, so the log shows each part loaded once. */
    private static void logLoaded(String part, String summary) {
        if (summary != null) {
            LOG.info("Loaded the demo {}: {} (marked sample)", part, summary);
        }
    }

    private Map<String, Specialist> sampleSpecialists() {
        return services.specialists().search(SpecialistFilter.ALL, new PageRequest(1, PageRequest.MAX_SIZE)).items()
                .stream().filter(Specialist::sample)
                .collect(Collectors.toMap(Specialist::name, s -> s, (a, b) -> a));
    }

    private boolean unitExists(String code) {
        try {
            services.units().get(code);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private boolean accountExists(String username) {
        try {
            services.accounts().get(ACCOUNTS_LOADER, username);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** Demo specialists have unique names within their unit. */
    private Optional<Long> existingSpecialist(SpecialistDraft specialist) {
        SpecialistFilter sameUnitAndName = new SpecialistFilter(null, specialist.unitCode(), null, null, null,
                specialist.name());
        return services.specialists().search(sameUnitAndName, new PageRequest(1, PageRequest.MAX_SIZE)).items()
                .stream().filter(existing -> existing.name().equals(specialist.name()) && existing.sample())
                .map(Specialist::id).findFirst();
    }

    /** Demo specialist accounts name their specialist, whose id is known only once it is created. */
    static AccountDraft withSpecialistId(AccountDraft account, Map<String, Long> idsByName) {
        if (account.role() != Role.SPECIALIST) {
            return account;
        }
        Long id = idsByName.get(account.scope());
        if (id == null) {
            throw new IllegalStateException("Demo account " + account.username() + " names no demo specialist");
        }
        return new AccountDraft(account.username(), account.displayName(), account.role(), String.valueOf(id),
                account.password());
    }

    private void awaitTiers(DemoData data) throws InterruptedException {
        Set<String> needed = data.specialists().stream().map(SpecialistDraft::tierId).collect(Collectors.toSet());
        Instant deadline = Instant.now().plus(TIER_WAIT);
        while (!needed.stream().allMatch(id -> services.tiers().find(id).isPresent())) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Tiers " + needed + " did not all register within " + TIER_WAIT);
            }
            Thread.sleep(200);
        }
    }
}
