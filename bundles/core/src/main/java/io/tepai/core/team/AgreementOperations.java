package io.tepai.core.team;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.FieldError;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.team.Agreement;
import io.tepai.api.team.AgreementDraft;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.TaskFulfilmentDraft;
import io.tepai.api.team.TeamLevel;
import io.tepai.api.team.TeamStatus;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditTrail;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.AgreementEntity;
import io.tepai.store.entity.TeamEntity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "1+N" service agreements (R-TEAM-2) and the leaders they need (R-TEAM-3). Either side may record an
 * agreement: the city office for any county, a county for itself; each county manages its own agreements only.
 */
final class AgreementOperations {

    private static final Logger LOG = LoggerFactory.getLogger(AgreementOperations.class);
    private static final String ENTITY = "Agreement";
    private static final AuditedWrite<AgreementEntity, Agreement> WRITE =
            AuditedWrite.reading(ENTITY, AgreementEntity::getId, TeamMapper::agreement);
    private static final int MAX_TASKS = 50;

    private static final Map<AgreementStatus, Set<AgreementStatus>> NEXT = Map.of(
            AgreementStatus.DRAFT, Set.of(AgreementStatus.ACTIVE),
            AgreementStatus.ACTIVE, Set.of(AgreementStatus.ENDED),
            AgreementStatus.ENDED, Set.of());

    private final Store store;
    private final Clock clock;

    AgreementOperations(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    List<Agreement> ofTeam(long teamId) {
        return store.read(repos -> {
            TeamServiceImpl.find(repos, teamId);
            return repos.agreements().ofTeam(teamId).stream().map(a -> TeamMapper.agreement(repos, a)).toList();
        });
    }

    Page<Agreement> search(String county, AgreementStatus status, PageRequest page) {
        return store.read(repos -> repos.agreements().search(county, status == null ? null : status.name(), page)
                .map(a -> TeamMapper.agreement(repos, a)));
    }

    Agreement get(long teamId, long agreementId) {
        return store.read(repos -> TeamMapper.agreement(repos, find(repos, teamId, agreementId)));
    }

    Agreement create(Actor actor, long teamId, AgreementDraft draft) {
        Objects.requireNonNull(actor, "actor");
        validate(draft);
        String county = draft.county().strip();
        Scopes.requireCounty(actor, county, "sign agreements for county '" + county + "'");
        Agreement created = store.write(repos -> {
            TeamEntity team = TeamServiceImpl.find(repos, teamId);
            if (TeamLevel.COUNTY.name().equals(team.getLevel())) {
                throw ValidationException.of("teamId", "team " + teamId + " is a county-level team; it serves its own"
                        + " county and signs no agreements (R-TEAM-2 is for city teams)");
            }
            if (TeamStatus.CLOSED.name().equals(team.getStatus())) {
                throw new ConflictException("Team " + teamId + " is closed and signs no new agreements");
            }
            checkCounty(repos, county);
            checkNoOtherOpenAgreement(repos, teamId, county, null);
            Instant now = Instant.now(clock);
            AgreementEntity agreement = new AgreementEntity(teamId, now);
            apply(draft, agreement);
            agreement.setStatus(AgreementStatus.DRAFT.name());
            agreement.setSample(actor.writesSample());
            repos.agreements().add(agreement);
            return WRITE.created(repos, actor, now, agreement, null);
        });
        LOG.info("{} recorded agreement {} of team {} with {}", actor.username(), created.id(), teamId, county);
        return created;
    }

    Agreement update(Actor actor, long teamId, long agreementId, long expectedVersion, AgreementDraft draft) {
        Objects.requireNonNull(actor, "actor");
        validate(draft);
        String county = draft.county().strip();
        Scopes.requireCounty(actor, county, "sign agreements for county '" + county + "'");
        return change(actor, teamId, agreementId, expectedVersion, "update", (repos, agreement) -> {
            if (AgreementStatus.ENDED.name().equals(agreement.getStatus())) {
                throw new ConflictException(ENTITY + " " + agreementId + " has ended and is kept as it was");
            }
            if (!county.equals(agreement.getCountyCode())) {
                checkCounty(repos, county);
                checkNoOtherOpenAgreement(repos, teamId, county, agreementId);
            }
            apply(draft, agreement);
            if (AgreementStatus.ACTIVE.name().equals(agreement.getStatus())) {
                requireLeaders(TeamServiceImpl.find(repos, teamId), agreement);
            }
        });
    }

    Agreement changeStatus(Actor actor, long teamId, long agreementId, long expectedVersion, AgreementStatus status) {
        Objects.requireNonNull(actor, "actor");
        if (status == null) {
            throw ValidationException.of("status", "is required: one of " + List.of(AgreementStatus.values()));
        }
        return change(actor, teamId, agreementId, expectedVersion, "status", (repos, agreement) -> {
            AgreementStatus current = AgreementStatus.valueOf(agreement.getStatus());
            if (!NEXT.get(current).contains(status)) {
                throw new ConflictException(ENTITY + " " + agreementId + " is " + current + " and cannot become "
                        + status + (NEXT.get(current).isEmpty() ? "" : "; it can become " + NEXT.get(current)));
            }
            if (status == AgreementStatus.ACTIVE) {
                TeamEntity team = TeamServiceImpl.find(repos, teamId);
                if (!TeamStatus.ACTIVE.name().equals(team.getStatus())) {
                    throw new ConflictException("Team " + teamId + " is " + team.getStatus()
                            + "; activate the team before its agreements");
                }
                requireLeaders(team, agreement);
            }
            if (status == AgreementStatus.ENDED) {
                LocalDate today = LocalDate.now(clock.withZone(ProgrammeCalendarService.ZONE));
                if (today.isBefore(agreement.getTermEnd())) {
                    agreement.setEndedOn(today);
                }
            }
            agreement.setStatus(status.name());
        });
    }

    /**
     * R-SVC-2 (issue 20): the agreement's county, or the city office, records where one task stands; the trail keeps
     * the agreement before and after, so every earlier record stays readable.
     */
    Agreement recordTask(Actor actor, long teamId, long agreementId, long expectedVersion, int taskNumber,
                         TaskFulfilmentDraft draft) {
        Objects.requireNonNull(actor, "actor");
        return change(actor, teamId, agreementId, expectedVersion, "task-fulfilment", (repos, agreement) -> {
            List<Long> evidence = TaskFulfilments.validate(draft, taskNumber, agreement.getTasks().size());
            TaskFulfilments.check(repos, TeamServiceImpl.find(repos, teamId), agreement, draft, evidence);
            String note = draft.note() == null ? "" : draft.note().strip();
            agreement.setTask(taskNumber - 1, agreement.getTasks().get(taskNumber - 1).recorded(
                    draft.fulfilment().name(), evidence, note, actor.username(), Instant.now(clock)));
        });
    }

    void delete(Actor actor, long teamId, long agreementId, long expectedVersion) {
        Objects.requireNonNull(actor, "actor");
        store.write(repos -> {
            AgreementEntity agreement = find(repos, teamId, agreementId);
            requireCountySide(actor, agreement);
            WRITE.delete(repos, actor, Instant.now(clock), agreement, expectedVersion, removed -> {
                if (!AgreementStatus.DRAFT.name().equals(removed.getStatus())) {
                    throw new ConflictException(ENTITY + " " + agreementId + " is " + removed.getStatus()
                            + "; only drafts can be deleted, end it instead");
                }
                repos.agreements().remove(removed);
            });
            return null;
        });
        LOG.info("{} deleted agreement {} of team {}", actor.username(), agreementId, teamId);
    }

    private interface Change {
        void apply(Repositories repos, AgreementEntity agreement);
    }

    private Agreement change(Actor actor, long teamId, long agreementId, long expectedVersion, String action,
                             Change work) {
        Agreement changed = store.write(repos -> {
            AgreementEntity agreement = find(repos, teamId, agreementId);
            requireCountySide(actor, agreement);
            return WRITE.update(repos, actor, Instant.now(clock), agreement, expectedVersion, action, row -> {
                work.apply(repos, row);
                return null;
            });
        });
        LOG.info("{} changed agreement {} of team {} ({})", actor.username(), agreementId, teamId, action);
        return changed;
    }

    /** R-TEAM-3: both co-leaders and the liaison lead are named before an agreement is in force. */
    private static void requireLeaders(TeamEntity team, AgreementEntity agreement) {
        List<FieldError> missing = new ArrayList<>();
        if (!Leaders.toRecord(team.getDispatchingLeader()).hasName()) {
            missing.add(new FieldError("team.dispatchingLeader",
                    "the dispatching side's co-leader (unit leader or industry expert) is not named on the team"));
        }
        if (!Leaders.toRecord(agreement.getCountyLeader()).hasName()) {
            missing.add(new FieldError("countyLeader", "the signing county's co-leader is not named"));
        }
        if (!Leaders.toRecord(agreement.getLiaison()).hasName()) {
            missing.add(new FieldError("liaison", "the county S&T department's liaison lead is not named"));
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException("R-TEAM-3", "agreement " + agreement.getId() + " needs two co-leaders"
                    + " and a liaison lead to be in force", missing);
        }
    }

    private static void requireCountySide(Actor actor, AgreementEntity agreement) {
        Scopes.requireCounty(actor, agreement.getCountyCode(), "change agreement " + agreement.getId()
                + " of county '" + agreement.getCountyCode() + "'");
    }

    /** One open (draft or active) agreement per team and county; ended ones may be renewed by a new one. */
    private static void checkNoOtherOpenAgreement(Repositories repos, long teamId, String county, Long except) {
        repos.agreements().ofTeam(teamId).stream()
                .filter(a -> a.getCountyCode().equals(county) && !a.getStatus().equals(AgreementStatus.ENDED.name()))
                .filter(a -> except == null || a.getId() != except)
                .findFirst().ifPresent(a -> {
                    throw new ConflictException("Team " + teamId + " already has agreement " + a.getId() + " ("
                            + a.getStatus() + ") with county '" + county + "'");
                });
    }

    private static void checkCounty(Repositories repos, String county) {
        if (repos.counties().find(county).isEmpty()) {
            throw ValidationException.of("county", "no county has code '" + county + "'");
        }
    }

    private static AgreementEntity find(Repositories repos, long teamId, long agreementId) {
        return repos.agreements().find(agreementId).filter(a -> a.getTeamId() == teamId)
                .orElseThrow(() -> new NotFoundException(ENTITY, agreementId + " of team " + teamId));
    }

    private void validate(AgreementDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", "an agreement is required");
        }
        FieldErrors errors = new FieldErrors()
                .text("county", draft.county(), 32)
                .required("signedOn", draft.signedOn())
                .term("termStart", draft.termStart(), "termEnd", draft.termEnd())
                .items("tasks", draft.tasks(), MAX_TASKS, 1000)
                .leader("countyLeader", draft.countyLeader())
                .leader("liaison", draft.liaison());
        LocalDate today = LocalDate.now(clock.withZone(ProgrammeCalendarService.ZONE));
        if (draft.signedOn() != null && draft.signedOn().isAfter(today)) {
            errors.add("signedOn", "must not be in the future");
        }
        errors.throwIfAny();
    }

    private static void apply(AgreementDraft draft, AgreementEntity agreement) {
        agreement.setCountyCode(draft.county().strip());
        agreement.setSignedOn(draft.signedOn());
        agreement.setTermStart(draft.termStart());
        agreement.setTermEnd(draft.termEnd());
        agreement.setTaskTexts(FieldErrors.stripped(draft.tasks()));
        agreement.setCountyLeader(Leaders.toColumns(draft.countyLeader()));
        agreement.setLiaison(Leaders.toColumns(draft.liaison()));
    }
}
