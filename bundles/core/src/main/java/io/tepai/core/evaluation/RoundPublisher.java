package io.tepai.core.evaluation;

import static io.tepai.core.evaluation.RoundRows.ROUND_WRITE;
import static io.tepai.core.evaluation.RoundRows.findRound;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.evaluation.Round;
import io.tepai.api.evaluation.RoundStatus;
import io.tepai.core.module.PolicyModules;
import io.tepai.core.module.PolicyModules.LocalIncentive;
import io.tepai.guard.PluginCalls;
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.spi.incentive.PublishedResult;
import io.tepai.store.Store;
import io.tepai.store.entity.EvaluationResultEntity;
import io.tepai.store.entity.EvaluationRoundEntity;
import io.tepai.store.entity.IncentiveGrantEntity;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a computed round out of the evaluator's hands: the review (the cap of R-EVAL-3 checked once more), then the
 * publication (R-EVAL-4, R-REC-4, R-INC-1, R-INC-2): renewal proposals, certificate numbers for excellent
 * specialists, and the incentives of the built-in green channel and the counties' policies. Policies run outside any
 * transaction and under a time limit; the round's version guards against a change while they ran.
 */
final class RoundPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(RoundPublisher.class);

    private final Store store;
    private final PolicyModules modules;
    private final Clock clock;
    private final ExecutorService workers;

    RoundPublisher(Store store, PolicyModules modules, Clock clock, ExecutorService workers) {
        this.store = store;
        this.modules = modules;
        this.clock = clock;
        this.workers = workers;
    }

    Round review(Actor actor, long id, long expectedVersion) {
        Round round = store.write(repos -> {
            EvaluationRoundEntity entity = findRound(repos, id);
            RoundRows.requireEvaluator(actor, entity.getCountyCode(), "review this round");
            Instant now = clock.instant();
            return ROUND_WRITE.update(repos, actor, now, entity, expectedVersion, "review", row -> {
                RoundRows.requireStatus(row, RoundStatus.COMPUTED, "reviewed");
                if (row.isStale()) {
                    throw new ConflictException("Inputs of round " + id + " changed after it was computed;"
                            + " compute it again before the review");
                }
                List<EvaluationResultEntity> results = repos.evaluations().resultsOf(id);
                ExcellentCap.requireWithin(row.getExcellentQuota(), results.size(), results.stream()
                        .filter(r -> Grade.EXCELLENT.name().equals(r.getGrade())).count());
                row.setStatus(RoundStatus.REVIEWED.name());
                row.setReviewedAt(now);
                return null;
            });
        });
        LOG.info("{} reviewed evaluation round {}", actor.username(), id);
        return round;
    }

    Round publish(Actor actor, long id, long expectedVersion, EvaluationSettings settings) {
        Objects.requireNonNull(actor, "actor");
        Map<Long, PublishedResult> published = store.read(repos -> {
            EvaluationRoundEntity round = findRound(repos, id);
            RoundRows.requireEvaluator(actor, round.getCountyCode(), "publish this round");
            ROUND_WRITE.checkVersion(round, expectedVersion);
            RoundRows.requireStatus(round, RoundStatus.REVIEWED, "published");
            SubjectKind kind = SubjectKind.valueOf(round.getKind());
            Map<Long, PublishedResult> results = new LinkedHashMap<>();
            for (EvaluationResultEntity result : repos.evaluations().resultsOf(id)) {
                Map<String, BigDecimal> scores = new LinkedHashMap<>();
                result.getLines().stream().filter(l -> l.getScore() != null)
                        .forEach(l -> scores.put(l.getCriterionId(), l.getScore()));
                results.put(result.getId(), new PublishedResult(id, round.getYear(),
                        EvaluationMapper.subject(kind, result), Grade.valueOf(result.getGrade()), result.getTotalScore(),
                        scores, result.getFieldDays()));
            }
            return results;
        });
        // the switches are read from the database: once per county, not once per result
        Map<String, List<LocalIncentive>> incentivesByCounty = new HashMap<>();
        Publication.Outcome incentives = Publication.grants(published,
                county -> incentivesByCounty.computeIfAbsent(county, modules::incentivesFor),
                new PluginCalls(workers, settings.timeoutMillis()));
        Round round = store.write(repos -> {
            EvaluationRoundEntity entity = findRound(repos, id);
            Instant now = clock.instant();
            // the version read before the policies ran: a change while they ran is refused
            return ROUND_WRITE.update(repos, actor, now, entity, expectedVersion, "publish", row -> {
                List<EvaluationResultEntity> results = repos.evaluations().resultsOf(id);
                SubjectKind kind = SubjectKind.valueOf(row.getKind());
                CertificateNumbers numbers = CertificateNumbers.after(row.getYear(), repos.evaluations()
                        .lastCertificateNo(CertificateNumbers.prefix(row.getYear())));
                Map<Long, EvaluationResultEntity> byId = new HashMap<>();
                for (EvaluationResultEntity result : results) {
                    byId.put(result.getId(), result);
                    Grade grade = Grade.valueOf(result.getGrade());
                    Renewals.proposal(kind, grade).ifPresent(renewal -> result.setRenewal(renewal.name()));
                    if (Publication.earnsCertificate(kind, grade)) {
                        result.setCertificateNo(numbers.next());
                    }
                }
                for (Publication.Grant grant : incentives.grants()) {
                    repos.evaluations().add(new IncentiveGrantEntity(row, byId.get(grant.resultId()),
                            grant.policyId(), grant.source(), grant.incentive().kind(),
                            grant.incentive().description(), grant.incentive().amountCny(), now));
                }
                List<String> problems = new ArrayList<>(EvaluationMapper.round(row, results).problems());
                problems.addAll(incentives.problems());
                row.setProblems(RoundRows.joined(problems));
                row.setStatus(RoundStatus.PUBLISHED.name());
                row.setPublishedAt(now);
                return incentives.grants().size() + " incentive(s) granted";
            });
        });
        LOG.info("{} published evaluation round {}: grades {}, {} incentive(s)", actor.username(), id,
                round.gradeCounts(), incentives.grants().size());
        incentives.problems().forEach(p -> LOG.warn("Evaluation round {}: {}", id, p));
        return round;
    }
}
