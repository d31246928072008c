package io.tepai.api.field;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Service logs (R-SVC-1, R-SVC-3). A specialist writes and submits their own logs; the county of the recipients
 * (or the city office) confirms or returns them. A confirmed log changes only by a correction with a reason; the
 * audit trail keeps both versions.
 */
@ProviderType
public interface ServiceLogService {

    /** The outcome indicators logs may report. */
    List<OutcomeIndicator> indicators();

    /**
     * Logs the actor may read that match the filter: the city office and the auditor read all, a county the logs
     * served in it, a unit its specialists' logs, a specialist their own.
     *
     * @throws io.tepai.api.ForbiddenException when the filter asks for more than the actor may read
     */
    Page<ServiceLog> search(Actor actor, LogFilter filter, PageRequest page);

    /**
     * One log, if the actor may read it (as in {@link #search}).
     *
     * @throws io.tepai.api.ForbiddenException otherwise
     */
    ServiceLog get(Actor actor, long id);

    /**
     * Creates a draft.
     *
     * @throws io.tepai.api.ValidationException for future dates, more field days than calendar days, or a day on
     *                                          which the specialist would be in the field more than once
     */
    ServiceLog create(Actor actor, ServiceLogDraft draft);

    /** Changes a draft or returned log; a submitted log is withdrawn to change it, a confirmed one corrected. */
    ServiceLog update(Actor actor, long id, long expectedVersion, ServiceLogDraft draft);

    /**
     * Corrects a confirmed log; the reason is required and audited. It stays confirmed, so R-SVC-1 holds for the
     * corrected log too: the county's outside-dispatch reason holds only while the log stays in that county.
     */
    ServiceLog correct(Actor actor, long id, long expectedVersion, ServiceLogDraft draft, String reason);

    /** Submits a draft or returned log for confirmation. */
    ServiceLog submit(Actor actor, long id, long expectedVersion);

    /**
     * Confirms a submitted log. R-SVC-1 with R-REC-3: a log in a county the specialist is not dispatched to in the
     * log's programme year(s) is refused (rule violation naming R-SVC-1) unless the county gives its reason, which
     * the log keeps.
     *
     * @param satisfaction          the confirmer's rating 1–5, or null
     * @param outsideDispatchReason why the county accepts service outside the specialist's dispatch, e.g. a team
     *                              member under the team's agreement with the county; null or blank when dispatched
     */
    ServiceLog confirm(Actor actor, long id, long expectedVersion, Integer satisfaction, String comment,
                       String outsideDispatchReason);

    /** Returns a submitted log to its specialist with a comment (required). */
    ServiceLog returnForChanges(Actor actor, long id, long expectedVersion, String comment);

    /** Deletes a draft or returned log; what was submitted is kept. */
    void delete(Actor actor, long id, long expectedVersion);
}
