package io.tepai.core.field;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.field.CoordinationRequest;
import io.tepai.api.field.Holder;
import io.tepai.api.field.RequestDraft;
import io.tepai.api.field.RequestFilter;
import io.tepai.api.field.RequestService;
import io.tepai.api.field.RequestStatus;
import io.tepai.api.field.RequestStep;
import io.tepai.api.field.Urgency;
import io.tepai.api.team.TeamStatus;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.CoordinationRequestEntity;
import io.tepai.store.entity.RecipientEntity;
import io.tepai.store.entity.RequestStepRow;
import io.tepai.store.entity.SpecialistEntity;
import io.tepai.store.entity.TeamEntity;
import io.tepai.store.entity.TeamMemberRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Coordination requests (R-ESC-1). A specialist whose own strength is not enough asks their team, whose dispatching
 * unit (or the city office) assigns members, or goes to the dispatching unit or the city office. Whoever holds a
 * request ({@code team:<id>}, {@code unit:<code>} or {@code city}) acts on it; every step is timestamped and kept.
 * Requests open longer than {@code requestOverdueDays} (configuration {@code io.tepai.service}, default 7) are
 * overdue.
 */
@Component(service = RequestService.class, configurationPid = "io.tepai.service")
public class RequestServiceImpl implements RequestService {

    static final int DEFAULT_OVERDUE_DAYS = 7;
    static final String OVERDUE_DAYS_KEY = "requestOverdueDays";

    private static final Logger LOG = LoggerFactory.getLogger(RequestServiceImpl.class);
    private static final String ENTITY = "CoordinationRequest";
    private static final Set<String> OPEN = Set.of(RequestStatus.OPEN.name(), RequestStatus.ASSIGNED.name(),
            RequestStatus.ESCALATED.name());
    private static final int MAX_NOTE = 2000;
    /** Helpers are members of one team (R-TEAM-1: ten at most); a list far longer than any team is a mistake. */
    private static final int MAX_MEMBERS = 50;

    private final Store store;
    private final Clock clock;
    private volatile int overdueDays = DEFAULT_OVERDUE_DAYS;

    @Activate
    public RequestServiceImpl(@Reference Store store, Map<String, Object> config) {
        this(store, Clock.systemUTC());
        configure(config);
    }

    RequestServiceImpl(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Modified
    void configure(Map<String, Object> config) {
        overdueDays = overdueDays(config);
        LOG.debug("Open coordination requests are overdue after {} days (R-ESC-1)", overdueDays);
    }

    /** The configured days after which an open request is overdue; bad values are logged and the default kept. */
    static int overdueDays(Map<String, ?> config) {
        Object value = config == null ? null : config.get(OVERDUE_DAYS_KEY);
        if (value == null) {
            return DEFAULT_OVERDUE_DAYS;
        }
        try {
            int days = Integer.parseInt(value.toString().strip());
            if (days >= 1) {
                return days;
            }
            LOG.warn("Ignoring {}={} in io.tepai.service: must be at least 1; keeping {}", OVERDUE_DAYS_KEY, value,
                    DEFAULT_OVERDUE_DAYS);
        } catch (NumberFormatException e) {
            LOG.warn("Ignoring {}={} in io.tepai.service: not a whole number; keeping {}", OVERDUE_DAYS_KEY, value,
                    DEFAULT_OVERDUE_DAYS);
        }
        return DEFAULT_OVERDUE_DAYS;
    }

    @Override
    public Page<CoordinationRequest> search(RequestFilter filter, PageRequest page) {
        RequestFilter effective = filter == null ? RequestFilter.ALL : filter;
        Instant overdueBefore = overdueBefore();
        Instant openBefore = Boolean.TRUE.equals(effective.overdue()) ? overdueBefore : null;
        return store.read(repos -> repos.requests().search(effective.specialistId(), effective.county(),
                        effective.status() == null ? null : effective.status().name(),
                        effective.holder() == null ? null : effective.holder().toString(), openBefore,
                        page)
                .map(request -> toRecord(repos, request, overdueBefore)));
    }

    @Override
    public CoordinationRequest get(long id) {
        Instant overdueBefore = overdueBefore();
        return store.read(repos -> toRecord(repos, find(repos, id), overdueBefore));
    }

    @Override
    public CoordinationRequest raise(Actor actor, RequestDraft draft) {
        Objects.requireNonNull(actor, "actor");
        validate(draft);
        long specialistId = draft.specialistId();
        // R-ESC-1: the specialist asks for help in their own name; the city office may record it for them
        Scopes.requireSelf(actor, specialistId, "raise a coordination request for specialist " + specialistId);
        CoordinationRequest raised = store.write(repos -> {
            String holder = checkReferences(repos, draft).toString();
            Instant now = Instant.now(clock);
            Urgency urgency = draft.urgency() == null ? Urgency.NORMAL : draft.urgency();
            CoordinationRequestEntity request = new CoordinationRequestEntity(specialistId, draft.county().strip(),
                    draft.recipientId(), draft.teamId(), draft.problem().strip(), urgency.name(), now);
            request.setSample(actor.writesSample());
            request.step(new RequestStepRow(now, "raised", actor.username(), holder, ""), RequestStatus.OPEN.name());
            repos.requests().add(request);
            return write(overdueBefore()).created(repos, actor, now, request, "raise", null);
        });
        LOG.info("{} raised coordination request {} of specialist {} (held by {})", actor.username(), raised.id(),
                raised.specialistId(), raised.holder());
        return raised;
    }

    @Override
    public CoordinationRequest assign(Actor actor, long id, long expectedVersion, List<Long> memberIds,
                                      String note) {
        Objects.requireNonNull(actor, "actor");
        FieldErrors errors = new FieldErrors().optionalText("note", note, MAX_NOTE);
        if (memberIds == null || memberIds.isEmpty()) {
            errors.add("memberIds", "is required: the team members who help");
        } else if (memberIds.size() > MAX_MEMBERS) {
            errors.add("memberIds", "must have at most " + MAX_MEMBERS + " items");
        } else {
            for (int i = 0; i < memberIds.size(); i++) {
                if (memberIds.get(i) == null) {
                    errors.add("memberIds[" + i + "]", "must not be empty");
                }
            }
        }
        errors.throwIfAny();
        String text = note == null ? "" : note.strip();
        return step(actor, id, expectedVersion, "assign", text,
                (repos, request) -> requireHolder(repos, actor, request, "assign helpers to request " + id),
                (repos, request) -> assignMembers(repos, request, memberIds));
    }

    /** R-ESC-1: the team (its leader, through the dispatching unit's account) assigns members of that team. */
    private static Next assignMembers(Repositories repos, CoordinationRequestEntity request, List<Long> memberIds) {
        Holder holder = Holder.parse(request.getHolder());
        if (holder.kind() != Holder.Kind.TEAM) {
            throw new ConflictException(ENTITY + " " + request.getId() + " is held by " + holder
                    + "; members are assigned only while a team holds it");
        }
        TeamEntity team = team(repos, holder);
        Set<Long> members = team.getMembers().stream().map(TeamMemberRow::getSpecialistId)
                .collect(Collectors.toSet());
        FieldErrors errors = new FieldErrors();
        for (int i = 0; i < memberIds.size(); i++) {
            if (!members.contains(memberIds.get(i))) {
                errors.add("memberIds[" + i + "]", "specialist " + memberIds.get(i) + " is not a member of team "
                        + team.getId());
            }
        }
        errors.throwIfAny();
        // a new assignment replaces the previous one; the audit trail keeps who was assigned before
        request.getMembers().clear();
        request.getMembers().addAll(new LinkedHashSet<>(memberIds));
        return new Next("assigned", request.getHolder(), RequestStatus.ASSIGNED);
    }

    @Override
    public CoordinationRequest escalate(Actor actor, long id, long expectedVersion, String to, String note) {
        Objects.requireNonNull(actor, "actor");
        String target = to == null ? "" : to.strip().toLowerCase(Locale.ROOT);
        FieldErrors errors = new FieldErrors();
        if (!target.equals("unit") && !target.equals("city")) {
            errors.add("to", "must be 'unit' (the specialist's dispatching unit) or 'city' (the city office)");
        }
        errors.text("note", note, MAX_NOTE).throwIfAny();
        return step(actor, id, expectedVersion, "escalate", note.strip(), (repos, request) -> {
            // R-ESC-1: a specialist may also go to the dispatching unit or the city office directly
            if (!Scopes.isSelf(actor, request.getSpecialistId())) {
                requireHolder(repos, actor, request, "escalate request " + id);
            }
        }, (repos, request) -> escalateTo(repos, request, target));
    }

    /** Requests go only up: from the team to the unit or the city office, from the unit to the city office. */
    private static Next escalateTo(Repositories repos, CoordinationRequestEntity request, String target) {
        Holder current = Holder.parse(request.getHolder());
        Holder holder = target.equals("city") ? Holder.CITY : Holder.unit(specialist(repos, request).getUnitCode());
        if (!current.isBelow(holder)) {
            throw new ConflictException(ENTITY + " " + request.getId() + " is already held by " + current
                    + (current.equals(Holder.CITY)
                    ? ", the highest level; resolve or close it" : "; it can go only up, to the city office"));
        }
        return new Next("escalated", holder.toString(), RequestStatus.ESCALATED);
    }

    @Override
    public CoordinationRequest resolve(Actor actor, long id, long expectedVersion, String outcome) {
        return end(actor, id, expectedVersion, "outcome", outcome, "resolve", "resolved", RequestStatus.RESOLVED);
    }

    @Override
    public CoordinationRequest close(Actor actor, long id, long expectedVersion, String reason) {
        return end(actor, id, expectedVersion, "reason", reason, "close", "closed", RequestStatus.CLOSED);
    }

    private CoordinationRequest end(Actor actor, long id, long expectedVersion, String field, String note,
                                    String action, String stepAction, RequestStatus status) {
        Objects.requireNonNull(actor, "actor");
        new FieldErrors().text(field, note, MAX_NOTE).throwIfAny();
        return step(actor, id, expectedVersion, action, note.strip(),
                (repos, request) -> requireHolder(repos, actor, request, action + " request " + id),
                (repos, request) -> new Next(stepAction, request.getHolder(), status));
    }

    /** What a step does to a request: its action, the holder after it and the new status. */
    private record Next(String action, String holder, RequestStatus status) {
    }

    /**
     * One step in one transaction: who may take it, the version, the request still open, then the step's own
     * conditions and changes ({@code work}), the timestamped step, and the audit record.
     */
    private CoordinationRequest step(Actor actor, long id, long expectedVersion, String action, String note,
                                     BiConsumer<Repositories, CoordinationRequestEntity> scope,
                                     BiFunction<Repositories, CoordinationRequestEntity, Next> work) {
        CoordinationRequest changed = store.write(repos -> {
            CoordinationRequestEntity request = find(repos, id);
            scope.accept(repos, request);
            Instant now = Instant.now(clock);
            return write(overdueBefore()).update(repos, actor, now, request, expectedVersion, action, row -> {
                if (!OPEN.contains(row.getStatus())) {
                    throw new ConflictException(ENTITY + " " + id + " is " + row.getStatus()
                            + "; an ended request is kept as it was and changes no more");
                }
                Next next = work.apply(repos, row);
                row.step(new RequestStepRow(now, next.action(), actor.username(), next.holder(), note),
                        next.status().name());
                // the note goes in the reason too: the trail cuts long values, and the list of steps only grows
                return note;
            });
        });
        LOG.info("{} took step '{}' on coordination request {} (now {}, held by {})", actor.username(), action, id,
                changed.status(), changed.holder());
        return changed;
    }

    /** The write skeleton for requests, whose record says whether they are overdue as of {@code overdueBefore}. */
    private static AuditedWrite<CoordinationRequestEntity, CoordinationRequest> write(Instant overdueBefore) {
        return AuditedWrite.reading(ENTITY, CoordinationRequestEntity::getId,
                (repos, request) -> toRecord(repos, request, overdueBefore));
    }

    private Instant overdueBefore() {
        return Instant.now(clock).minus(Duration.ofDays(overdueDays));
    }

    private static void validate(RequestDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", "a request is required");
        }
        new FieldErrors()
                .required("specialistId", draft.specialistId())
                .text("county", draft.county(), 32)
                .text("problem", draft.problem(), MAX_NOTE)
                .throwIfAny();
    }

    /**
     * Checks what the draft names against the register.
     *
     * @return the first holder: the team asked, else the specialist's dispatching unit
     */
    private static Holder checkReferences(Repositories repos, RequestDraft draft) {
        FieldErrors errors = new FieldErrors();
        long specialistId = draft.specialistId();
        Optional<SpecialistEntity> specialist = repos.specialists().find(specialistId);
        if (specialist.isEmpty()) {
            errors.add("specialistId", "no specialist has id " + specialistId);
        }
        String county = draft.county().strip();
        if (repos.counties().find(county).isEmpty()) {
            errors.add("county", "no county has code '" + county + "'");
        }
        if (draft.recipientId() != null) {
            Optional<RecipientEntity> recipient = repos.recipients().find(draft.recipientId());
            if (recipient.isEmpty()) {
                errors.add("recipientId", "no recipient has id " + draft.recipientId());
            } else if (!recipient.get().getCountyCode().equals(county)) {
                errors.add("recipientId", "recipient " + draft.recipientId() + " is in county '"
                        + recipient.get().getCountyCode() + "', not '" + county + "'");
            }
        }
        if (draft.teamId() != null) {
            Optional<TeamEntity> team = repos.teams().find(draft.teamId());
            if (team.isEmpty()) {
                errors.add("teamId", "no team has id " + draft.teamId());
            } else if (team.get().getMembers().stream().noneMatch(m -> m.getSpecialistId() == specialistId)) {
                errors.add("teamId", "specialist " + specialistId + " is not a member of team " + draft.teamId()
                        + "; ask your own team, or leave the team out to ask your dispatching unit");
            } else if (TeamStatus.CLOSED.name().equals(team.get().getStatus())) {
                errors.add("teamId", "team " + draft.teamId() + " is closed; leave the team out to ask your"
                        + " dispatching unit");
            }
        }
        errors.throwIfAny();
        return draft.teamId() != null ? Holder.team(draft.teamId()) : Holder.unit(specialist.get().getUnitCode());
    }

    /**
     * Whoever holds the request acts on it: a team through its dispatching unit's account, a unit through its own
     * account; the city office acts on everything.
     */
    private static void requireHolder(Repositories repos, Actor actor, CoordinationRequestEntity request,
                                      String what) {
        Holder holder = Holder.parse(request.getHolder());
        switch (holder.kind()) {
            case TEAM -> {
                TeamEntity team = team(repos, holder);
                Scopes.requireUnit(actor, team.getUnitCode(), what + " (held by team " + team.getId() + " of unit '"
                        + team.getUnitCode() + "')");
            }
            case UNIT -> Scopes.requireUnit(actor, holder.code(), what);
            case CITY -> Scopes.requireCity(actor, what);
        }
    }

    private static TeamEntity team(Repositories repos, Holder holder) {
        long teamId = holder.teamId();
        return repos.teams().find(teamId).orElseThrow(() -> new NotFoundException("Team", teamId));
    }

    private static SpecialistEntity specialist(Repositories repos, CoordinationRequestEntity request) {
        return repos.specialists().find(request.getSpecialistId())
                .orElseThrow(() -> new NotFoundException("Specialist", request.getSpecialistId()));
    }

    private static CoordinationRequestEntity find(Repositories repos, long id) {
        return repos.requests().find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    static CoordinationRequest toRecord(Repositories repos, CoordinationRequestEntity e, Instant overdueBefore) {
        String name = repos.specialists().find(e.getSpecialistId()).map(SpecialistEntity::getName).orElse("");
        boolean open = OPEN.contains(e.getStatus());
        List<RequestStep> steps = e.getSteps().stream()
                .map(s -> new RequestStep(s.getAt(), s.getAction(), s.getActor(), s.getHolder(), s.getNote()))
                .toList();
        return new CoordinationRequest(e.getId(), e.getSpecialistId(), name, e.getCountyCode(), e.getRecipientId(),
                e.getProblem(), Urgency.valueOf(e.getUrgency()), RequestStatus.valueOf(e.getStatus()), e.getHolder(),
                e.getMembers().stream().sorted().toList(), steps, e.getRaisedAt(),
                open && e.getRaisedAt().isBefore(overdueBefore), e.isSample(), e.getVersion());
    }
}
