package io.tepai.api.evaluation;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.spi.evaluation.Grade;
import java.math.BigDecimal;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Annual evaluation rounds (R-EVAL-1..4, R-REC-4).
 *
 * <p>Who does what (R-EVAL-2): a county creates, computes, reviews and publishes the specialist round it evaluates;
 * the city office runs the rounds of teams, counties' work and dispatching units (and may act on any round). A unit
 * reads the results of its own people; everyone reads the published list.
 */
@ProviderType
public interface EvaluationService {

    Page<Round> rounds(Actor actor, RoundFilter filter, PageRequest page);

    Round round(Actor actor, long id);

    Round create(Actor actor, RoundDraft draft);

    /** Scores every subject with the built-in dimensions and the county's enabled local criteria, then grades. */
    Round compute(Actor actor, long id);

    /** Computed → reviewed: the evaluator accepts the results (refused while inputs are stale). */
    Round review(Actor actor, long id, long expectedVersion);

    /**
     * Reviewed → published: the public list, certificates for excellent specialists, incentives and the renewal
     * proposal.
     */
    Round publish(Actor actor, long id, long expectedVersion);

    /** Deletes a round that is still a draft. */
    void delete(Actor actor, long id, long expectedVersion);

    Page<EvaluationResult> results(Actor actor, ResultFilter filter, PageRequest page);

    EvaluationResult result(Actor actor, long resultId);

    /** Sets the evaluator's inputs (0..100 by input name) for one subject; the round must be computed again. */
    EvaluationResult setInputs(Actor actor, long resultId, long expectedVersion, Map<String, BigDecimal> inputs);

    /** Changes a computed grade by hand, with a reason (audited); the 15% cap still holds. */
    EvaluationResult adjust(Actor actor, long resultId, long expectedVersion, Grade grade, String reason);

    /** The published list, readable by anyone (R-EVAL-4). */
    Page<PublicResult> publicResults(Integer year, io.tepai.spi.evaluation.SubjectKind kind, PageRequest page);

    /** The certificate of an excellent specialist in a published round. */
    Certificate certificate(Actor actor, long resultId);
}
