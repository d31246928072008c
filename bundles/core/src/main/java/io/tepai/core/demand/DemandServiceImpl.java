package io.tepai.core.demand;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.demand.Demand;
import io.tepai.api.demand.DemandDraft;
import io.tepai.api.demand.DemandFilter;
import io.tepai.api.demand.DemandMatch;
import io.tepai.api.demand.DemandService;
import io.tepai.api.demand.DemandStatus;
import io.tepai.api.demand.DemandStep;
import io.tepai.api.demand.MatchDraft;
import io.tepai.api.demand.PublishedTable;
import io.tepai.api.field.LogFilter;
import io.tepai.api.field.LogStatus;
import io.tepai.api.field.ServiceLog;
import io.tepai.api.field.ServiceLogService;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditTrail;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.AssignmentEntity;
import io.tepai.store.entity.CountyEntity;
import io.tepai.store.entity.DemandEntity;
import io.tepai.store.entity.DemandMatchEntity;
import io.tepai.store.entity.SpecialistEntity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Technology demands (R-DEM-1, R-DEM-2, R-REC-3): the county's table, experts' contacts, the county's confirmation
 * and the dispatch that serves the demand. Every write is scoped, version-checked where a row is changed, and
 * audited; {@link DemandTimeline} orders the steps, {@link DemandReaders} says who reads what.
 */
@Component(service = DemandService.class)
public class DemandServiceImpl implements DemandService {

    private static final Logger LOG = LoggerFactory.getLogger(DemandServiceImpl.class);
    private static final String ENTITY = "Demand";
    private static final int MAX_NEED = 2000;
    private static final int MAX_NOTE = 1000;
    private static final AuditedWrite<DemandEntity, Demand> WRITE =
            AuditedWrite.reading(ENTITY, DemandEntity::getId, DemandRecords::of);
    private static final AuditedWrite<DemandMatchEntity, DemandMatch> MATCH =
            AuditedWrite.reading("DemandMatch", DemandMatchEntity::getId, DemandRecords::match);

    private final Store store;
    private final ProgrammeCalendar calendar;
    private final ServiceLogService logs;
    private final Clock clock;

    @Activate
    public DemandServiceImpl(@Reference Store store, @Reference ProgrammeCalendar calendar,
                             @Reference ServiceLogService logs) {
        this(store, calendar, logs, Clock.systemUTC());
    }

    DemandServiceImpl(Store store, ProgrammeCalendar calendar, ServiceLogService logs, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.logs = logs;
        this.clock = clock;
    }

    @Override
    public Page<Demand> search(Actor actor, DemandFilter filter, PageRequest page) {
        DemandFilter effective = filter == null ? DemandFilter.ALL : filter;
        int year = calendar.yearOrCurrent(effective.year());
        return store.read(repos -> DemandRecords.page(repos, repos.demands().search(year, effective.county(),
                        effective.industry(), effective.status() == null ? null : effective.status().name(),
                        DemandReaders.drafts(actor), page)))
                .map(demand -> shownTo(actor, demand));
    }

    @Override
    public Demand get(Actor actor, long id) {
        return shownTo(actor, store.read(repos -> DemandRecords.of(repos, readable(repos, actor, id))));
    }

    @Override
    public Demand record(Actor actor, DemandDraft draft) {
        Objects.requireNonNull(actor, "actor");
        String county = county(actor, draft);
        int year = calendar.yearOrCurrent(draft.year());
        validate(draft, county, year);
        // R-DEM-1 with R-SQUAD-2: the county collects its recipients' demands (its workstation's staff sign in
        // with the county's accounts)
        Scopes.requireCounty(actor, county, "record the technology demands of county '" + county + "'");
        Demand recorded = store.write(repos -> {
            Instant now = Instant.now(clock);
            DemandEntity demand = new DemandEntity(county, year, DemandStatus.DRAFT.name(), actor.username(), now);
            apply(repos, draft, county, demand);
            demand.setSample(actor.writesSample());
            repos.demands().add(demand);
            return WRITE.created(repos, actor, now, demand, null);
        });
        LOG.info("{} recorded demand {} of {} {} ({})", actor.username(), recorded.id(), county, year,
                recorded.industry());
        return recorded;
    }

    @Override
    public Demand update(Actor actor, long id, long expectedVersion, DemandDraft draft) {
        Objects.requireNonNull(actor, "actor");
        if (draft == null) {
            throw ValidationException.of("body", "a demand is required");
        }
        return change(actor, id, expectedVersion, "update", "change demand " + id, demand -> {
            FieldErrors errors = new FieldErrors();
            if (draft.county() != null && !draft.county().strip().equals(demand.getCountyCode())) {
                errors.add("county", "a demand stays in county '" + demand.getCountyCode() + "''s table");
            }
            if (draft.year() != null && draft.year() != demand.getYear()) {
                errors.add("year", "a demand stays in the table of " + demand.getYear());
            }
            errors.throwIfAny();
            validate(draft, demand.getCountyCode(), demand.getYear());
            DemandTimeline.requireEditable(id, status(demand));
        }, (repos, demand) -> {
            apply(repos, draft, demand.getCountyCode(), demand);
            return null;
        });
    }

    @Override
    public PublishedTable publish(Actor actor, String county, Integer year) {
        Objects.requireNonNull(actor, "actor");
        String code = county == null || county.isBlank() ? actor.county().orElse(null) : county.strip();
        new FieldErrors().required("county", code).throwIfAny();
        int tableYear = calendar.yearOrCurrent(year);
        new FieldErrors().year("year", tableYear).throwIfAny();
        Scopes.requireCounty(actor, code, "publish the demand table of county '" + code + "' (R-DEM-1)");
        PublishedTable table = store.write(repos -> {
            requireCounty(repos, code);
            Instant now = Instant.now(clock);
            int published = repos.demands().publish(code, tableYear, actor.username(), now);
            PublishedTable done = new PublishedTable(code, tableYear, published,
                    repos.demands().countPublished(code, tableYear), now);
            if (published > 0) {
                // one record for the table; each demand's own history shows the step as "published"
                AuditTrail.record(repos, actor, now, "DemandTable", code + "/" + tableYear, "publish", null, done,
                        null);
            }
            return done;
        });
        LOG.info("{} published the demand table of {} {}: {} new, {} in the table", actor.username(), code,
                tableYear, table.published(), table.total());
        return table;
    }

    @Override
    public DemandMatch contact(Actor actor, long demandId, MatchDraft draft) {
        Objects.requireNonNull(actor, "actor");
        if (draft == null) {
            throw ValidationException.of("body", "a contact is required");
        }
        LocalDate today = calendar.today();
        LocalDate contactedOn = draft.contactedOn() == null ? today : draft.contactedOn();
        FieldErrors errors = new FieldErrors().required("specialistId", draft.specialistId())
                .text("note", draft.note(), MAX_NOTE);
        if (contactedOn.isAfter(today)) {
            errors.add("contactedOn", "must not be in the future (today is " + today + ")");
        }
        errors.throwIfAny();
        long specialistId = draft.specialistId();
        DemandMatch recorded = store.write(repos -> {
            SpecialistEntity expert = repos.specialists().find(specialistId).orElseThrow(
                    () -> ValidationException.of("specialistId", "no specialist has id " + specialistId));
            requireExpertsSide(actor, expert);
            DemandEntity demand = readable(repos, actor, demandId);
            DemandTimeline.requireOpenForContact(demandId, status(demand));
            requireNotExited(expert);
            if (repos.demands().matchOf(demandId, specialistId).isPresent()) {
                throw new ConflictException("Specialist " + specialistId + " has already recorded a contact with "
                        + "demand " + demandId + "'s recipient");
            }
            Instant now = Instant.now(clock);
            DemandMatchEntity match = new DemandMatchEntity(demandId, specialistId, contactedOn, draft.note().strip(),
                    actor.username(), now);
            match.setSample(actor.writesSample());
            repos.demands().addMatch(match);
            return MATCH.created(repos, actor, now, match, "contact", null);
        });
        LOG.info("{} recorded specialist {}'s contact with demand {} (candidate match {})", actor.username(),
                specialistId, demandId, recorded.id());
        return recorded;
    }

    @Override
    public Page<DemandMatch> matches(Actor actor, long demandId, PageRequest page) {
        requireSignedIn(actor);
        return store.read(repos -> {
            readable(repos, actor, demandId);
            return DemandRecords.matches(repos, repos.demands().matches(demandId, page));
        });
    }

    @Override
    public Demand confirm(Actor actor, long id, long expectedVersion, long matchId) {
        Objects.requireNonNull(actor, "actor");
        return change(actor, id, expectedVersion, "confirm", "confirm a match of demand " + id,
                demand -> DemandTimeline.requireConfirmable(id, status(demand)), (repos, demand) -> {
                    DemandMatchEntity match = repos.demands().findMatch(matchId)
                            .filter(m -> m.getDemandId() == id).orElseThrow(() -> ValidationException.of("matchId",
                                    "demand " + id + " has no candidate match " + matchId));
                    repos.specialists().find(match.getSpecialistId()).ifPresent(DemandServiceImpl::requireNotExited);
                    demand.confirmed(DemandStatus.MATCHED.name(), matchId, actor.username(), Instant.now(clock));
                    return null;
                });
    }

    @Override
    public Demand serve(Actor actor, long id, long expectedVersion, long assignmentId) {
        Objects.requireNonNull(actor, "actor");
        return change(actor, id, expectedVersion, "serve", "link the dispatch serving demand " + id,
                demand -> DemandTimeline.requireServable(id, status(demand)), (repos, demand) -> {
                    AssignmentEntity assignment = repos.assignments().find(assignmentId).orElseThrow(
                            () -> ValidationException.of("assignmentId", "no assignment has id " + assignmentId));
                    long expert = repos.demands().findMatch(demand.getConfirmedMatchId()).orElseThrow().getSpecialistId();
                    // R-REC-3: dispatch by demand — the expert the county confirmed, sent to that county
                    if (assignment.getSpecialistId() != expert || !assignment.getCountyCode().equals(
                            demand.getCountyCode()) || assignment.getYear() < demand.getYear()) {
                        throw new RuleViolationException("R-REC-3", "assignment " + assignmentId + " sends specialist "
                                + assignment.getSpecialistId() + " to " + assignment.getCountyCode() + " in "
                                + assignment.getYear() + "; demand " + id + " is served by the dispatch of the expert "
                                + "confirmed for it (specialist " + expert + ") to " + demand.getCountyCode()
                                + " from " + demand.getYear());
                    }
                    demand.served(DemandStatus.SERVED.name(), assignmentId, actor.username(), Instant.now(clock));
                    return null;
                });
    }

    @Override
    public Demand withdraw(Actor actor, long id, long expectedVersion, String reason) {
        Objects.requireNonNull(actor, "actor");
        new FieldErrors().text("reason", reason, MAX_NOTE).throwIfAny();
        return change(actor, id, expectedVersion, "withdraw", "withdraw demand " + id,
                demand -> DemandTimeline.requireWithdrawable(id, status(demand)), (repos, demand) -> {
                    demand.withdrawn(DemandStatus.WITHDRAWN.name(), reason.strip(), actor.username(),
                            Instant.now(clock));
                    return reason.strip();
                });
    }

    @Override
    public List<DemandStep> history(Actor actor, long id) {
        requireSignedIn(actor);
        return store.read(repos -> DemandRecords.history(repos, readable(repos, actor, id)));
    }

    @Override
    public Page<ServiceLog> serviceLogs(Actor actor, long id, PageRequest page) {
        requireSignedIn(actor);
        AssignmentEntity assignment = store.read(repos -> {
            Long assignmentId = readable(repos, actor, id).getAssignmentId();
            return assignmentId == null ? null : repos.assignments().find(assignmentId).orElse(null);
        });
        if (assignment == null) {
            return new Page<>(List.of(), 0, page.page(), page.size());
        }
        // what the dispatch did that counts: its specialist's confirmed logs in its county and programme year
        return logs.search(actor, new LogFilter(assignment.getSpecialistId(), assignment.getCountyCode(), null, null,
                LogStatus.CONFIRMED, calendar.firstDay(assignment.getYear()), calendar.lastDay(assignment.getYear())),
                page);
    }

    /** The county's step on one demand: its scope, the step's order, the version, the change and the audit. */
    private Demand change(Actor actor, long id, long expectedVersion, String action, String what,
                          Consumer<DemandEntity> order,
                          BiFunction<Repositories, DemandEntity, String> work) {
        Demand changed = store.write(repos -> {
            DemandEntity demand = find(repos, id);
            Scopes.requireCounty(actor, demand.getCountyCode(), what);
            return WRITE.update(repos, actor, Instant.now(clock), demand, expectedVersion, action, row -> {
                order.accept(row);
                return work.apply(repos, row);
            });
        });
        LOG.info("{} took step '{}' on demand {} (now {})", actor.username(), action, id, changed.status());
        return changed;
    }

    private static DemandStatus status(DemandEntity demand) {
        return DemandStatus.valueOf(demand.getStatus());
    }

    private static String county(Actor actor, DemandDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", "a demand is required");
        }
        String county = draft.county() != null && !draft.county().isBlank() ? draft.county().strip()
                : actor.county().orElse(null);
        new FieldErrors().required("county", county).throwIfAny();
        return county;
    }

    private static void validate(DemandDraft draft, String county, int year) {
        FieldErrors errors = new FieldErrors().year("year", year)
                .text("industry", draft.industry(), 128)
                .text("need", draft.need(), MAX_NEED)
                .text("contactName", draft.contactName(), 64)
                .text("contactPhone", draft.contactPhone(), 32);
        if (draft.recipientId() == null) {
            errors.text("recipientName", draft.recipientName(), 128);
        }
        if (draft.desiredFrom() != null && draft.desiredTo() != null && draft.desiredTo().isBefore(draft.desiredFrom())) {
            errors.add("desiredTo", "must not be before desiredFrom (" + draft.desiredFrom() + ")");
        }
        errors.throwIfAny();
    }

    /** Checks the draft against the county's register and leading industries, and writes it into the row. */
    private static void apply(Repositories repos, DemandDraft draft, String county, DemandEntity demand) {
        List<String> industries = requireCounty(repos, county).getLeadingIndustries();
        FieldErrors errors = new FieldErrors();
        String industry = draft.industry().strip();
        if (!industries.contains(industry)) {
            errors.add("industry", "must be one of county '" + county + "''s leading industries: "
                    + String.join("、", industries));
        }
        if (draft.recipientId() != null) {
            repos.recipients().find(draft.recipientId()).ifPresentOrElse(recipient -> {
                if (!recipient.getCountyCode().equals(county)) {
                    errors.add("recipientId", "recipient " + draft.recipientId() + " is in county '"
                            + recipient.getCountyCode() + "', not '" + county + "'");
                }
            }, () -> errors.add("recipientId", "no recipient has id " + draft.recipientId()));
        }
        errors.throwIfAny();
        demand.setRecipient(draft.recipientId(), draft.recipientId() == null ? draft.recipientName().strip() : null);
        demand.setIndustry(industry);
        demand.setNeed(draft.need().strip());
        demand.setContact(draft.contactName().strip(), draft.contactPhone().strip());
        demand.setDesiredPeriod(draft.desiredFrom(), draft.desiredTo());
    }

    private static CountyEntity requireCounty(Repositories repos, String county) {
        return repos.counties().find(county)
                .orElseThrow(() -> ValidationException.of("county", "no county has code '" + county + "'"));
    }

    /** R-DEM-2: the expert picks the demand, through their unit's account or their own (or the city office). */
    private static void requireExpertsSide(Actor actor, SpecialistEntity expert) {
        if (!actor.isCity() && !Scopes.isSelf(actor, expert.getId())
                && !actor.unit().filter(expert.getUnitCode()::equals).isPresent()) {
            throw new ForbiddenException("unit:" + expert.getUnitCode(), "Only specialist " + expert.getId()
                    + " themself, their unit '" + expert.getUnitCode() + "' or the city office may record their "
                    + "contact with a demand's recipient");
        }
    }

    private static void requireNotExited(SpecialistEntity expert) {
        if (SpecialistStatus.EXITED.name().equals(expert.getStatus())) {
            throw new RuleViolationException("R-REC-3", "specialist " + expert.getId() + " has left the programme "
                    + "(EXITED) and is matched to no demand");
        }
    }

    private static void requireSignedIn(Actor actor) {
        if (actor == null) {
            throw new ForbiddenException("signed-in", "Sign in to read a demand's matches, history and service");
        }
    }

    private static DemandEntity find(Repositories repos, long id) {
        return repos.demands().find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The demand, if the actor may read it: a draft the actor may not see does not exist for them. */
    private static DemandEntity readable(Repositories repos, Actor actor, long id) {
        DemandEntity demand = find(repos, id);
        if (!DemandReaders.sees(actor, demand.getCountyCode(), demand.getPublishedAt() != null)) {
            throw new NotFoundException(ENTITY, id);
        }
        return demand;
    }

    private static Demand shownTo(Actor actor, Demand demand) {
        return DemandReaders.seesPhone(actor, demand.county()) ? demand : demand.withoutPhone();
    }
}
