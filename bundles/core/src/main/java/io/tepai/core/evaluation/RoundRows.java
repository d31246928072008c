package io.tepai.core.evaluation;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.NotFoundException;
import io.tepai.api.evaluation.EvaluationResult;
import io.tepai.api.evaluation.Round;
import io.tepai.api.evaluation.RoundStatus;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.store.Repositories;
import io.tepai.store.entity.EvaluationResultEntity;
import io.tepai.store.entity.EvaluationRoundEntity;
import java.util.List;
import java.util.Objects;

/**
 * What every step of a round shares: finding its rows (404), who may act on it (R-EVAL-2), the status a step needs
 * (409) and the audited writes of rounds and results (version checked, before and after recorded).
 */
final class RoundRows {

    static final String ENTITY_ROUND = "EvaluationRound";
    static final String ENTITY_RESULT = "EvaluationResult";

    static final AuditedWrite<EvaluationRoundEntity, Round> ROUND_WRITE = AuditedWrite.reading(ENTITY_ROUND,
            EvaluationRoundEntity::getId, (repos, round) -> EvaluationMapper.round(round,
                    repos.evaluations().gradeCounts(round.getId()))).shownAs("Round");
    static final AuditedWrite<EvaluationResultEntity, EvaluationResult> RESULT_WRITE = AuditedWrite.reading(
            ENTITY_RESULT, EvaluationResultEntity::getId, (repos, result) -> EvaluationMapper.result(
                    findRound(repos, result.getRoundId()), result)).shownAs("Result");

    private static final int MAX_PROBLEMS = 8000;

    private RoundRows() {
    }

    static EvaluationRoundEntity findRound(Repositories repos, long id) {
        return repos.evaluations().round(id).orElseThrow(() -> new NotFoundException(ENTITY_ROUND, id));
    }

    static EvaluationResultEntity findResult(Repositories repos, long id) {
        return repos.evaluations().result(id).orElseThrow(() -> new NotFoundException(ENTITY_RESULT, id));
    }

    /** R-EVAL-2: the receiving county runs its specialist round; the city office runs (and may act on) all. */
    static void requireEvaluator(Actor actor, String county, String what) {
        Objects.requireNonNull(actor, "actor");
        if (county == null) {
            Scopes.requireCity(actor, what);
        } else {
            Scopes.requireCounty(actor, county, what);
        }
    }

    static void requireStatus(EvaluationRoundEntity round, RoundStatus status, String what) {
        if (!status.name().equals(round.getStatus())) {
            throw new ConflictException("Round " + round.getId() + " is " + round.getStatus() + "; only a "
                    + status + " round can be " + what);
        }
    }

    /** The round's problems as stored: one per line, within the column's 8000 characters. */
    static String joined(List<String> problems) {
        String text = String.join("\n", problems);
        return text.length() <= MAX_PROBLEMS ? text : text.substring(0, MAX_PROBLEMS - 1) + "…";
    }
}
