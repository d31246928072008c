package io.tepai.core.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tepai.api.Actor;
import io.tepai.api.PageRequest;
import io.tepai.api.account.AccountDraft;
import io.tepai.api.account.Role;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.org.UnitDraft;
import io.tepai.api.specialist.Specialist;
import io.tepai.api.specialist.SpecialistDraft;
import io.tepai.api.specialist.SpecialistFilter;
import io.tepai.core.dispatch.AssignmentServiceImpl;
import io.tepai.core.dispatch.SquadServiceImpl;
import io.tepai.core.dispatch.WorkstationServiceImpl;
import io.tepai.core.evaluation.EvaluationServiceImpl;
import io.tepai.core.field.RecipientServiceImpl;
import io.tepai.core.field.RecordsServiceImpl;
import io.tepai.core.field.RequestServiceImpl;
import io.tepai.core.field.ServiceLogServiceImpl;
import io.tepai.core.org.UnitServiceImpl;
import io.tepai.core.security.AccountServiceImpl;
import io.tepai.core.specialist.SpecialistServiceImpl;
import io.tepai.core.team.TeamServiceImpl;
import io.tepai.core.tier.TierRegistry;
import io.tepai.store.Store;
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
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the sample data set ({@code demo/demo-data.json}) once, on the first start of a distribution that
 * ships {@code etc/io.tepai.demo.cfg}. Records go through the normal services, so the demo obeys every rule,
 * and are marked {@code sample}. A marker in {@code tepai_meta} keeps it from loading twice, and a load cut short
 * completes on the next start; deleting the configuration file switches the loader off for production.
 */
@Designate(ocd = DemoConfiguration.class)
@Component(service = DemoDataLoader.class, configurationPid = "io.tepai.demo",
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
public class DemoDataLoader {

    static final String MARKER = "demo-data.loaded";
    /** Its own marker, so that a database loaded before teams existed gets the organisation on upgrade. */
    static final String ORGANISATION_MARKER = "demo-organisation.loaded";
    static final String FIELD_MARKER = "demo-field.loaded";
    static final String EVALUATION_MARKER = "demo-evaluation.loaded";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Actor LOADER = Actor.system("demo-data");
    /**
     * The demo set includes city IT's {@code admin} account, which only an administrator creates; the container's
     * own configuration ({@code etc/io.tepai.demo.cfg}) asked for it, so the loader acts as one for the accounts.
     */
    private static final Actor ACCOUNTS_LOADER = new Actor(LOADER.username(),
            Set.of(Actor.ROLE_CITY, Actor.ROLE_ADMIN));
    private static final Duration TIER_WAIT = Duration.ofSeconds(60);

    /** Where loading stands, for the platform's readiness (HealthServiceImpl). */
    public enum State { LOADING, LOADED, FAILED }

    private volatile State state = State.LOADING;

    record DemoData(String note, List<UnitDraft> units, List<SpecialistDraft> specialists,
                    List<AccountDraft> accounts) {
    }

    private final Store store;
    private final UnitServiceImpl units;
    private final SpecialistServiceImpl specialists;
    private final TierRegistry tiers;
    private final AccountServiceImpl accounts;
    private final DemoOrganisation organisation;
    private final DemoField field;
    private final DemoEvaluation evaluation;
    private final Thread worker;

    @Activate
    public DemoDataLoader(@Reference Store store, @Reference UnitServiceImpl units,
                          @Reference SpecialistServiceImpl specialists, @Reference TierRegistry tiers,
                          @Reference AccountServiceImpl accounts, @Reference TeamServiceImpl teams,
                          @Reference AssignmentServiceImpl assignments, @Reference SquadServiceImpl squads,
                          @Reference WorkstationServiceImpl workstations, @Reference RecipientServiceImpl recipients,
                          @Reference ServiceLogServiceImpl logs, @Reference ProgrammeCalendar calendar,
                          @Reference RequestServiceImpl requests, @Reference RecordsServiceImpl records,
                          @Reference EvaluationServiceImpl evaluations) {
        this(store, units, specialists, tiers, accounts,
                new DemoOrganisation(LOADER, specialists, teams, assignments, squads, workstations),
                new DemoField(LOADER, new DemoField.DemoServices(teams, recipients, logs, calendar, requests, records)),
                new DemoEvaluation(LOADER, store, evaluations), true);
    }

    DemoDataLoader(Store store, UnitServiceImpl units, SpecialistServiceImpl specialists, TierRegistry tiers,
                   AccountServiceImpl accounts, DemoOrganisation organisation, DemoField field,
                   DemoEvaluation evaluation, boolean inBackground) {
        this.store = store;
        this.units = units;
        this.specialists = specialists;
        this.tiers = tiers;
        this.accounts = accounts;
        this.organisation = organisation;
        this.field = field;
        this.evaluation = evaluation;
        // Tiers register independently of this component; loading waits for them off the SCR thread.
        this.worker = new Thread(this::loadOnce, "tepai-demo-data");
        worker.setDaemon(true);
        if (inBackground) {
            worker.start();
        }
    }

    /** LOADING until every part of the demo data set is in the database (also on a restart that finds it there). */
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
                throw new IllegalStateException("demo/demo-data.json is missing from the core bundle");
            }
            return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo data", e);
        }
    }

    void loadOnce() {
        try {
            if (!isMarked(MARKER)) {
                loadRegister();
                mark(MARKER);
            }
            if (!isMarked(ORGANISATION_MARKER)) {
                // the programme year, as for the service records below: dispatch and service must agree on it
                String summary = organisation.load(DemoOrganisation.read(), field.calendar().currentYear());
                mark(ORGANISATION_MARKER);
                LOG.info("Loaded the demo organisation: {} (marked sample)", summary);
            }
            if (!isMarked(FIELD_MARKER)) {
                String summary = field.load(DemoField.read(), field.calendar().currentYear(),
                        field.calendar().today(), sampleSpecialists());
                mark(FIELD_MARKER);
                LOG.info("Loaded the demo service records: {} (marked sample)", summary);
            }
            if (!isMarked(EVALUATION_MARKER)) {
                String summary = evaluation.load(field.calendar().currentYear());
                mark(EVALUATION_MARKER);
                LOG.info("Loaded the demo evaluation rounds: {} (marked sample)", summary);
            }
            state = State.LOADED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            state = State.FAILED;
            LOG.error("Loading the demo data failed; the database holds what was loaded before the failure", e);
        }
    }

    /** Units, specialists and accounts. */
    private void loadRegister() throws InterruptedException {
        DemoData data = read();
        awaitTiers(data);
        // Each record is its own write; a load cut short is completed on the next start, skipping what exists.
        data.units().stream().filter(unit -> !unitExists(unit.code()))
                .forEach(unit -> units.create(LOADER, unit, true));
        Map<String, Long> ids = new HashMap<>();
        data.specialists().forEach(specialist -> ids.put(specialist.name(), existingSpecialist(specialist)
                .orElseGet(() -> specialists.create(LOADER, specialist, true).id())));
        data.accounts().stream().filter(account -> !accountExists(account.username()))
                .forEach(account -> accounts.createDemoAccount(ACCOUNTS_LOADER, withSpecialistId(account, ids)));
        LOG.info("Loaded the demo data set: {} dispatching units, {} specialists (marked sample), {} accounts",
                data.units().size(), data.specialists().size(), data.accounts().size());
    }

    private Map<String, Specialist> sampleSpecialists() {
        return specialists.search(SpecialistFilter.ALL, new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
                .filter(Specialist::sample).collect(Collectors.toMap(Specialist::name, s -> s, (a, b) -> a));
    }

    private boolean isMarked(String marker) {
        return store.read(repos -> repos.meta().get(marker)).isPresent();
    }

    private void mark(String marker) {
        store.write(repos -> {
            repos.meta().put(marker, Instant.now().toString());
            return null;
        });
    }

    private boolean unitExists(String code) {
        return store.read(repos -> repos.units().find(code).isPresent());
    }

    private boolean accountExists(String username) {
        return store.read(repos -> repos.accounts().find(username).isPresent());
    }

    /** Demo specialists have unique names within their unit. */
    private Optional<Long> existingSpecialist(SpecialistDraft specialist) {
        SpecialistFilter sameUnitAndName = new SpecialistFilter(null, specialist.unitCode(), null, null, null,
                specialist.name());
        return specialists.search(sameUnitAndName, new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
                .filter(existing -> existing.name().equals(specialist.name()) && existing.sample())
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
        while (!needed.stream().allMatch(id -> tiers.tier(id).isPresent())) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Tiers " + needed + " did not all register within " + TIER_WAIT);
            }
            Thread.sleep(200);
        }
    }
}
