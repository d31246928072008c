package io.tepai.core.team;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.specialist.ChainSegment;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.api.team.Agreement;
import io.tepai.api.team.AgreementDraft;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.TaskFulfilmentDraft;
import io.tepai.api.team.Team;
import io.tepai.api.team.TeamDraft;
import io.tepai.api.team.TeamFilter;
import io.tepai.api.team.TeamLevel;
import io.tepai.api.team.TeamService;
import io.tepai.api.team.TeamStatus;
import io.tepai.core.access.Scopes;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.SpecialistEntity;
import io.tepai.store.entity.TeamEntity;
import io.tepai.store.entity.TeamMemberRow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Industry service teams and their members (R-TEAM-1, R-TEAM-4); agreements are handled by
 * {@link AgreementOperations}. A city team is the city office's to manage, a county-level team its county's.
 */
@Designate(ocd = TeamConfiguration.class)
@Component(service = TeamService.class, configurationPid = "io.tepai.team")
public class TeamServiceImpl implements TeamService {

    private static final Logger LOG = LoggerFactory.getLogger(TeamServiceImpl.class);
    static final String ENTITY = "Team";
    private static final AuditedWrite<TeamEntity, Team> WRITE =
            AuditedWrite.reading(ENTITY, TeamEntity::getId, TeamMapper::team);

    /** Allowed status changes; closing is final. */
    private static final Map<TeamStatus, Set<TeamStatus>> NEXT = Map.of(
            TeamStatus.FORMING, Set.of(TeamStatus.ACTIVE, TeamStatus.CLOSED),
            TeamStatus.ACTIVE, Set.of(TeamStatus.CLOSED),
            TeamStatus.CLOSED, Set.of());

    private final Store store;
    private final Clock clock;
    private final AgreementOperations agreements;
    private volatile TeamSize size = TeamSize.RULE;

    @Activate
    public TeamServiceImpl(@Reference Store store, Map<String, Object> config) {
        this(store, Clock.systemUTC());
        configure(config);
    }

    TeamServiceImpl(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.agreements = new AgreementOperations(store, clock);
    }

    @Modified
    void configure(Map<String, Object> config) {
        size = TeamSize.from(config);
        LOG.debug("Active teams have {} members (R-TEAM-1)", size);
    }

    @Override
    public Page<Team> search(TeamFilter filter, PageRequest page) {
        TeamFilter effective = filter == null ? TeamFilter.ALL : filter;
        return store.read(repos -> repos.teams().search(effective, page).map(team -> TeamMapper.team(repos, team)));
    }

    @Override
    public Team get(long id) {
        return store.read(repos -> TeamMapper.team(repos, find(repos, id)));
    }

    @Override
    public Team create(Actor actor, TeamDraft draft) {
        Objects.requireNonNull(actor, "actor");
        validate(draft);
        requireManager(actor, draft.level(), countyOf(draft), "form " + describeLevel(draft.level(), countyOf(draft)));
        Team created = store.write(repos -> {
            checkReferences(repos, draft);
            Instant now = Instant.now(clock);
            TeamEntity team = new TeamEntity(draft.level().name(), countyOf(draft), now);
            apply(draft, team);
            team.setStatus(TeamStatus.FORMING.name());
            team.setSample(actor.writesSample());
            repos.teams().add(team);
            return WRITE.created(repos, actor, now, team, null);
        });
        LOG.info("{} formed team {} ({})", actor.username(), created.id(), created.name());
        return created;
    }

    @Override
    public Team update(Actor actor, long id, long expectedVersion, TeamDraft draft) {
        Objects.requireNonNull(actor, "actor");
        validate(draft);
        return change(actor, id, expectedVersion, "update", (repos, team) -> {
            requireOpen(team);
            if (!team.getLevel().equals(draft.level().name())
                    || !Objects.equals(team.getCountyCode(), countyOf(draft))) {
                throw ValidationException.of("level", "a team's level and owning county cannot change (it is "
                        + describeLevel(TeamLevel.valueOf(team.getLevel()), team.getCountyCode()) + ")");
            }
            checkReferences(repos, draft);
            apply(draft, team);
            return null;
        });
    }

    @Override
    public void delete(Actor actor, long id, long expectedVersion) {
        Objects.requireNonNull(actor, "actor");
        store.write(repos -> {
            TeamEntity team = find(repos, id);
            requireManager(actor, team);
            WRITE.delete(repos, actor, Instant.now(clock), team, expectedVersion, removed -> {
                if (!TeamStatus.FORMING.name().equals(removed.getStatus())) {
                    throw new ConflictException(ENTITY + " " + id + " is " + removed.getStatus()
                            + "; only a forming team can be deleted, close it instead");
                }
                if (!repos.agreements().ofTeam(id).isEmpty()) {
                    throw new ConflictException(ENTITY + " " + id + " has agreements; delete or end them first");
                }
                repos.teams().remove(removed);
            });
            return null;
        });
        LOG.info("{} deleted team {}", actor.username(), id);
    }

    @Override
    public Team changeStatus(Actor actor, long id, long expectedVersion, TeamStatus status) {
        Objects.requireNonNull(actor, "actor");
        if (status == null) {
            throw ValidationException.of("status", "is required: one of " + List.of(TeamStatus.values()));
        }
        return change(actor, id, expectedVersion, "status", (repos, team) -> {
            TeamStatus current = TeamStatus.valueOf(team.getStatus());
            if (!NEXT.get(current).contains(status)) {
                throw new ConflictException(ENTITY + " " + id + " is " + current + " and cannot become " + status
                        + (NEXT.get(current).isEmpty() ? "" : "; it can become " + NEXT.get(current)));
            }
            if (status == TeamStatus.ACTIVE) {
                size.of(team.getLevel(), team.getCountyCode()).requireActivatable(id, team.getMembers().size());
            }
            if (status == TeamStatus.CLOSED) {
                long inForce = repos.agreements().ofTeam(id).stream()
                        .filter(a -> AgreementStatus.ACTIVE.name().equals(a.getStatus())).count();
                if (inForce > 0) {
                    throw new ConflictException(ENTITY + " " + id + " still has " + inForce
                            + " active agreements; end them before closing the team");
                }
            }
            team.setStatus(status.name());
            return null;
        });
    }

    @Override
    public Team addMember(Actor actor, long teamId, long expectedVersion, long specialistId, ChainSegment segment) {
        Objects.requireNonNull(actor, "actor");
        if (segment == null) {
            throw ValidationException.of("segment", "is required: the chain segment the member covers, one of "
                    + List.of(ChainSegment.values()));
        }
        return change(actor, teamId, expectedVersion, "add-member", (repos, team) -> {
            requireOpen(team);
            SpecialistEntity specialist = repos.specialists().find(specialistId)
                    .orElseThrow(() -> ValidationException.of("specialistId", "no specialist has id " + specialistId));
            if (!SpecialistStatus.ACTIVE.name().equals(specialist.getStatus())) {
                throw ValidationException.of("specialistId", "specialist " + specialistId + " is "
                        + specialist.getStatus() + "; only appointed (ACTIVE) specialists join teams");
            }
            if (team.getMembers().stream().anyMatch(m -> m.getSpecialistId() == specialistId)) {
                throw new ConflictException("Specialist " + specialistId + " is already a member of team " + teamId);
            }
            size.of(team.getLevel(), team.getCountyCode()).requireRoomToJoin(teamId, team.getMembers().size());
            team.getMembers().add(new TeamMemberRow(specialistId, segment.name(), today()));
            return null;
        });
    }

    @Override
    public Team removeMember(Actor actor, long teamId, long expectedVersion, long specialistId) {
        Objects.requireNonNull(actor, "actor");
        return change(actor, teamId, expectedVersion, "remove-member", (repos, team) -> {
            requireOpen(team);
            if (team.getMembers().stream().noneMatch(m -> m.getSpecialistId() == specialistId)) {
                throw new NotFoundException("Member", specialistId + " of team " + teamId);
            }
            size.of(team.getLevel(), team.getCountyCode()).requireRoomToLeave(teamId, team.getMembers().size(),
                    TeamStatus.ACTIVE.name().equals(team.getStatus()));
            team.getMembers().removeIf(m -> m.getSpecialistId() == specialistId);
            return null;
        });
    }

    /** One change to a team in one transaction: scope, version, the change itself, then the audit record. */
    private Team change(Actor actor, long id, long expectedVersion, String action,
                        BiFunction<Repositories, TeamEntity, Void> work) {
        Team changed = store.write(repos -> {
            TeamEntity team = find(repos, id);
            requireManager(actor, team);
            // stamping updatedAt also makes member changes increase the team's version
            return WRITE.update(repos, actor, Instant.now(clock), team, expectedVersion, action, row -> {
                work.apply(repos, row);
                return null;
            });
        });
        LOG.info("{} changed team {} ({})", actor.username(), id, action);
        return changed;
    }

    @Override
    public List<Agreement> agreements(long teamId) {
        return agreements.ofTeam(teamId);
    }

    @Override
    public Page<Agreement> searchAgreements(String county, AgreementStatus status, PageRequest page) {
        return agreements.search(county, status, page);
    }

    @Override
    public Agreement agreement(long teamId, long agreementId) {
        return agreements.get(teamId, agreementId);
    }

    @Override
    public Agreement createAgreement(Actor actor, long teamId, AgreementDraft draft) {
        return agreements.create(actor, teamId, draft);
    }

    @Override
    public Agreement updateAgreement(Actor actor, long teamId, long agreementId, long expectedVersion,
                                     AgreementDraft draft) {
        return agreements.update(actor, teamId, agreementId, expectedVersion, draft);
    }

    @Override
    public Agreement changeAgreementStatus(Actor actor, long teamId, long agreementId, long expectedVersion,
                                           AgreementStatus status) {
        return agreements.changeStatus(actor, teamId, agreementId, expectedVersion, status);
    }

    @Override
    public Agreement recordTaskFulfilment(Actor actor, long teamId, long agreementId, long expectedVersion,
                                          int taskNumber, TaskFulfilmentDraft draft) {
        return agreements.recordTask(actor, teamId, agreementId, expectedVersion, taskNumber, draft);
    }

    @Override
    public void deleteAgreement(Actor actor, long teamId, long agreementId, long expectedVersion) {
        agreements.delete(actor, teamId, agreementId, expectedVersion);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ProgrammeCalendarService.ZONE));
    }

    static TeamEntity find(Repositories repos, long id) {
        return repos.teams().find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private static void requireOpen(TeamEntity team) {
        if (TeamStatus.CLOSED.name().equals(team.getStatus())) {
            throw new ConflictException(ENTITY + " " + team.getId() + " is closed; it is kept for the record as it"
                    + " was and its fields and members no longer change");
        }
    }

    /** The city office manages city teams; a county its own county-level teams (R-TEAM-4). */
    static void requireManager(Actor actor, TeamEntity team) {
        requireManager(actor, TeamLevel.valueOf(team.getLevel()), team.getCountyCode(),
                "change team " + team.getId());
    }

    private static void requireManager(Actor actor, TeamLevel level, String county, String what) {
        if (level == TeamLevel.COUNTY) {
            Scopes.requireCounty(actor, county, what);
        } else {
            Scopes.requireCity(actor, what);
        }
    }

    private static String describeLevel(TeamLevel level, String county) {
        return level == TeamLevel.COUNTY ? "a county-level team of '" + county + "'" : "a city team";
    }

    private static String countyOf(TeamDraft draft) {
        return draft.level() == TeamLevel.COUNTY && draft.county() != null ? draft.county().strip() : null;
    }

    private static void validate(TeamDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", "a team is required");
        }
        FieldErrors errors = new FieldErrors()
                .text("name", draft.name(), 128)
                .text("industry", draft.industry(), 128)
                .required("level", draft.level())
                .text("unitCode", draft.unitCode(), 32)
                .term("termStart", draft.termStart(), "termEnd", draft.termEnd())
                .leader("dispatchingLeader", draft.dispatchingLeader());
        boolean hasCounty = draft.county() != null && !draft.county().isBlank();
        if (draft.level() == TeamLevel.COUNTY && !hasCounty) {
            errors.add("county", "is required for a county-level team: the owning county");
        } else if (draft.level() == TeamLevel.CITY && hasCounty) {
            errors.add("county", "must be empty for a city team; counties join city teams through agreements");
        }
        errors.throwIfAny();
    }

    private static void checkReferences(Repositories repos, TeamDraft draft) {
        FieldErrors errors = new FieldErrors();
        if (repos.units().find(draft.unitCode().strip()).isEmpty()) {
            errors.add("unitCode", "no dispatching unit has code '" + draft.unitCode().strip() + "'");
        }
        String county = countyOf(draft);
        if (county != null && repos.counties().find(county).isEmpty()) {
            errors.add("county", "no county has code '" + county + "'");
        }
        errors.throwIfAny();
    }

    private static void apply(TeamDraft draft, TeamEntity team) {
        team.setName(draft.name().strip());
        team.setIndustry(draft.industry().strip());
        team.setUnitCode(draft.unitCode().strip());
        team.setTermStart(draft.termStart());
        team.setTermEnd(draft.termEnd());
        team.setDispatchingLeader(Leaders.toColumns(draft.dispatchingLeader()));
    }
}
