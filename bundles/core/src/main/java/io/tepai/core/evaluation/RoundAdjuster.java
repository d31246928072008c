package io.tepai.core.evaluation;

import static io.tepai.core.evaluation.RoundRows.RESULT_WRITE;

import io.tepai.api.Actor;
import io.tepai.api.evaluation.EvaluationResult;
import io.tepai.api.evaluation.RoundStatus;
import io.tepai.core.validation.FieldErrors;
import io.tepai.spi.evaluation.Grade;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.EvaluationResultEntity;
import io.tepai.store.entity.EvaluationRoundEntity;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes a computed round by hand, one result at a time: the evaluator's inputs (which make the round stale until
 * it is computed again) and a grade set with a reason, which the cap (R-EVAL-3) still holds.
 */
final class RoundAdjuster {

    private static final Logger LOG = LoggerFactory.getLogger(RoundAdjuster.class);
    private static final Pattern INPUT_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final int MAX_INPUTS = 20;
    private static final int MAX_REASON = 1000;

    private final Store store;
    private final Clock clock;

    RoundAdjuster(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    EvaluationResult setInputs(Actor actor, long resultId, long expectedVersion, Map<String, BigDecimal> inputs) {
        FieldErrors errors = new FieldErrors().required("inputs", inputs);
        errors.throwIfAny();
        if (inputs.size() > MAX_INPUTS) {
            errors.add("inputs", "At most " + MAX_INPUTS + " inputs");
        }
        inputs.forEach((name, value) -> {
            if (name == null || !INPUT_NAME.matcher(name).matches()) {
                errors.add("inputs", "Input name '" + name + "' must be lower-case letters, digits and hyphens");
            } else if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0
                    || value.stripTrailingZeros().scale() > 2) {
                errors.add("inputs." + name, "A score from 0 to 100 with at most two decimals");
            }
        });
        errors.throwIfAny();
        EvaluationResult updated = change(actor, resultId, expectedVersion, "enter inputs in this round", "inputs",
                (repos, round, now) -> result -> {
                    RoundRows.requireStatus(round, RoundStatus.COMPUTED, "given inputs");
                    result.getInputs().clear();
                    inputs.forEach((name, value) -> result.getInputs().put(name, value.setScale(2)));
                    result.touch(now);
                    round.setStale(true);
                    round.touch(now);
                    return null;
                });
        LOG.info("{} entered inputs {} for result {}", actor.username(), inputs.keySet(), resultId);
        return updated;
    }

    EvaluationResult adjust(Actor actor, long resultId, long expectedVersion, Grade grade, String reason,
                            EvaluationSettings settings) {
        new FieldErrors().required("grade", grade).text("reason", reason, MAX_REASON).throwIfAny();
        EvaluationResult adjusted = change(actor, resultId, expectedVersion, "adjust grades in this round", "adjust",
                (repos, round, now) -> result -> {
                    RoundRows.requireStatus(round, RoundStatus.COMPUTED, "adjusted");
                    List<EvaluationResultEntity> results = repos.evaluations().resultsOf(round.getId());
                    if (grade == Grade.EXCELLENT) {
                        ExcellentCap.requirePlaceForHandSet(round.getExcellentQuota(), results.size(), results.stream()
                                .filter(r -> !r.getId().equals(result.getId()))
                                .filter(r -> Grade.EXCELLENT.name().equals(r.getAdjustedTo())).count());
                    }
                    String from = result.getAdjustedFrom() != null ? result.getAdjustedFrom() : result.getGrade();
                    result.adjust(from, grade.name(), reason.strip(), actor.username(), now);
                    regrade(results, settings);
                    round.touch(now);
                    return reason;
                });
        LOG.info("{} adjusted result {} to {}: {}", actor.username(), resultId, grade, reason);
        return adjusted;
    }

    /** How a change applies to a result of a round, at an instant; returns the reason the trail records. */
    private interface Change {
        Function<EvaluationResultEntity, String> of(Repositories repos, EvaluationRoundEntity round, Instant now);
    }

    private EvaluationResult change(Actor actor, long resultId, long expectedVersion, String what, String action,
                                    Change change) {
        return store.write(repos -> {
            EvaluationResultEntity result = RoundRows.findResult(repos, resultId);
            EvaluationRoundEntity round = RoundRows.findRound(repos, result.getRoundId());
            RoundRows.requireEvaluator(actor, round.getCountyCode(), what);
            Instant now = clock.instant();
            return RESULT_WRITE.update(repos, actor, now, result, expectedVersion, action, change.of(repos, round, now));
        });
    }

    /** Grades again from the stored totals, so the cap makes room for (or takes back) a hand-set excellent. */
    private static void regrade(List<EvaluationResultEntity> results, EvaluationSettings settings) {
        Map<String, EvaluationResultEntity> byKey = new HashMap<>();
        List<Grading.Scored> scored = new ArrayList<>();
        for (EvaluationResultEntity r : results) {
            byKey.put(r.getSubjectKey(), r);
            scored.add(new Grading.Scored(r.getSubjectKey(), r.getTotalScore(), lineScore(r, BuiltInCriteria.DUTIES),
                    lineScore(r, BuiltInCriteria.SATISFACTION), r.getFieldDays(),
                    r.getAdjustedTo() == null ? null : Grade.valueOf(r.getAdjustedTo())));
        }
        for (Grading.Graded g : Grading.grade(scored, settings)) {
            byKey.get(g.key()).grade(g.rank(), g.computed().name(), g.grade().name(), g.capNote());
        }
    }

    /** The line's score; null without the line or when it has no score (e.g. satisfaction nobody rated). */
    private static BigDecimal lineScore(EvaluationResultEntity result, String criterionId) {
        return result.getLines().stream().filter(l -> l.getCriterionId().equals(criterionId)).findFirst()
                .map(l -> l.getScore()).orElse(null);
    }
}
