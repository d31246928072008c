package io.tepai.api.team;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.specialist.ChainSegment;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Industry service teams and their agreements. The city office manages city teams; a county manages its own
 * county-level teams (R-TEAM-4) and its side of agreements: leaders, tasks and status of the agreements it signs.
 */
@ProviderType
public interface TeamService {

    Page<Team> search(TeamFilter filter, PageRequest page);

    /** @throws io.tepai.api.NotFoundException if no team has this id */
    Team get(long id);

    Team create(Actor actor, TeamDraft draft);

    Team update(Actor actor, long id, long expectedVersion, TeamDraft draft);

    /** Only a forming team without agreements can be deleted; others are closed. */
    void delete(Actor actor, long id, long expectedVersion);

    /**
     * Moves a team through its lifecycle.
     *
     * @throws io.tepai.api.RuleViolationException R-TEAM-1 when activating a team outside the member bounds
     */
    Team changeStatus(Actor actor, long id, long expectedVersion, TeamStatus status);

    /** @throws io.tepai.api.RuleViolationException R-TEAM-1 when the team would exceed its maximum size */
    Team addMember(Actor actor, long teamId, long expectedVersion, long specialistId, ChainSegment segment);

    /** @throws io.tepai.api.RuleViolationException R-TEAM-1 when an active team would fall below its minimum */
    Team removeMember(Actor actor, long teamId, long expectedVersion, long specialistId);

    /** The team's agreements, ordered by county. */
    List<Agreement> agreements(long teamId);

    /** Agreements across teams, optionally of one county and/or status. */
    Page<Agreement> searchAgreements(String county, AgreementStatus status, PageRequest page);

    Agreement agreement(long teamId, long agreementId);

    Agreement createAgreement(Actor actor, long teamId, AgreementDraft draft);

    Agreement updateAgreement(Actor actor, long teamId, long agreementId, long expectedVersion, AgreementDraft draft);

    /**
     * Moves an agreement through its lifecycle.
     *
     * @throws io.tepai.api.RuleViolationException R-TEAM-3 when activating it without both co-leaders and the
     *                                             liaison lead
     */
    Agreement changeAgreementStatus(Actor actor, long teamId, long agreementId, long expectedVersion,
                                    AgreementStatus status);

    /**
     * Records whether the team fulfilled one agreed task (R-SVC-2), with its evidence: the agreement's county or the
     * city office, on an active or ended agreement. Recording again replaces the earlier record; the audit trail
     * keeps both.
     *
     * @param taskNumber the task's {@link AgreementTask#number()}
     * @throws io.tepai.api.RuleViolationException R-SVC-2 when an evidence log is not a confirmed log of a team
     *                                             member in the agreement's county within its term
     */
    Agreement recordTaskFulfilment(Actor actor, long teamId, long agreementId, long expectedVersion, int taskNumber,
                                   TaskFulfilmentDraft draft);

    /** Only draft agreements can be deleted; others are ended. */
    void deleteAgreement(Actor actor, long teamId, long agreementId, long expectedVersion);
}
