package io.tepai.core.evaluation;

import static io.tepai.core.evaluation.RoundRows.findRound;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.evaluation.LineStatus;
import io.tepai.api.evaluation.Round;
import io.tepai.api.evaluation.RoundStatus;
import io.tepai.core.audit.AuditTrail;
import io.tepai.core.module.PolicyModules;
import io.tepai.core.module.PolicyModules.LocalCriterion;
import io.tepai.core.tier.SpecialistTiers;
import io.tepai.guard.PluginCalls;
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.store.Store;
import io.tepai.store.entity.EvaluationResultEntity;
import io.tepai.store.entity.EvaluationRoundEntity;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes a draft or computed round (R-EVAL-1..3): reads what the subjects did in the round's programme year, scores
 * them on the built-in dimensions and their county's enabled local criteria, ranks and grades them under the cap,
 * and stores the results, keeping grades set by hand. Plug-in criteria run outside any transaction and under a time
 * limit; the round's version guards against a change while they ran.
 */
final class RoundComputer {

    private static final Logger LOG = LoggerFactory.getLogger(RoundComputer.class);

    private final Store store;
    private final SpecialistTiers tiers;
    private final ProgrammeCalendar calendar;
    private final PolicyModules modules;
    private final Clock clock;
    private final ExecutorService workers;

    RoundComputer(Store store, SpecialistTiers tiers, ProgrammeCalendar calendar, PolicyModules modules, Clock clock,
                  ExecutorService workers) {
        this.store = store;
        this.tiers = tiers;
        this.calendar = calendar;
        this.modules = modules;
        this.clock = clock;
        this.workers = workers;
    }

    /** What a computation starts from, read in one transaction. */
    private record Snapshot(EvaluationRoundEntity round, List<SubjectFacts> subjects, Map<String, Grade> adjusted) {
    }

    Round compute(Actor actor, long id, EvaluationSettings settings) {
        Objects.requireNonNull(actor, "actor");
        Snapshot snapshot = snapshot(actor, id);
        SubjectKind kind = SubjectKind.valueOf(snapshot.round().getKind());
        PluginCalls calls = new PluginCalls(workers, settings.timeoutMillis());
        Map<String, Scoring.Scored> scored = new LinkedHashMap<>();
        Map<String, SubjectFacts> facts = new HashMap<>();
        Map<String, List<LocalCriterion>> localsByCounty = new HashMap<>();
        for (SubjectFacts subject : snapshot.subjects()) {
            String county = subject.data().subject().county();
            List<LocalCriterion> locals = county == null ? List.of() : localsByCounty.computeIfAbsent(county,
                    c -> applying(modules.criteriaFor(c), kind, calls));
            scored.put(subject.data().subject().key(), Scoring.score(subject, settings, locals, calls));
            facts.put(subject.data().subject().key(), subject);
        }
        List<Grading.Graded> graded = Grading.grade(scored.entrySet().stream()
                .map(e -> e.getValue().forGrading(e.getKey(), facts.get(e.getKey()).fieldDays(),
                        snapshot.adjusted().get(e.getKey())))
                .toList(), settings);
        List<String> problems = problems(scored);
        Round round = store.write(repos -> {
            EvaluationRoundEntity entity = findRound(repos, id);
            if (entity.getVersion() != snapshot.round().getVersion()) {
                throw new ConflictException("Round " + id + " changed while it was being computed; compute again");
            }
            Map<String, EvaluationResultEntity> existing = new HashMap<>();
            repos.evaluations().resultsOf(id).forEach(r -> existing.put(r.getSubjectKey(), r));
            for (Grading.Graded g : graded) {
                SubjectFacts subject = facts.get(g.key());
                EvaluationResultEntity known = existing.remove(g.key());
                EvaluationResultEntity result = known == null ? new EvaluationResultEntity(id, g.key()) : known;
                var s = subject.data().subject();
                result.describe(s.name(), s.county(), s.unit(), s.tier(), String.join("\n", s.industries()));
                result.score(subject.fieldDays(), scored.get(g.key()).total(),
                        scored.get(g.key()).lines().stream().map(EvaluationMapper::row).toList());
                result.grade(g.rank(), g.computed().name(), g.grade().name(), g.capNote());
                if (known == null) {
                    repos.evaluations().add(result);
                }
            }
            existing.values().forEach(repos.evaluations()::remove);
            Instant now = clock.instant();
            entity.setStatus(RoundStatus.COMPUTED.name());
            entity.setStale(false);
            entity.setComputedAt(now);
            entity.setExcellentQuota(settings.cap().quota(graded.size()));
            entity.setProblems(RoundRows.joined(problems));
            repos.flush();
            Round computed = EvaluationMapper.round(entity, repos.evaluations().resultsOf(id));
            // not a write on a version the caller read: the whole computed round is recorded, as for a creation
            AuditTrail.record(repos, actor, now, RoundRows.ENTITY_ROUND, id, "compute", null, computed, null);
            return computed;
        });
        LOG.info("{} computed evaluation round {}: {} subjects, grades {}, {} problem(s)", actor.username(), id,
                round.subjects(), round.gradeCounts(), problems.size());
        problems.forEach(p -> LOG.warn("Evaluation round {}: {}", id, p));
        return round;
    }

    private Snapshot snapshot(Actor actor, long id) {
        return store.read(repos -> {
            EvaluationRoundEntity round = findRound(repos, id);
            RoundRows.requireEvaluator(actor, round.getCountyCode(), "compute this round");
            if (!RoundStatus.DRAFT.name().equals(round.getStatus())
                    && !RoundStatus.COMPUTED.name().equals(round.getStatus())) {
                throw new ConflictException("Round " + id + " is " + round.getStatus()
                        + "; only draft or computed rounds are computed");
            }
            Map<String, Map<String, BigDecimal>> inputs = new HashMap<>();
            Map<String, Grade> adjusted = new HashMap<>();
            for (EvaluationResultEntity result : repos.evaluations().resultsOf(id)) {
                inputs.put(result.getSubjectKey(), new LinkedHashMap<>(result.getInputs()));
                if (result.getAdjustedTo() != null) {
                    adjusted.put(result.getSubjectKey(), Grade.valueOf(result.getAdjustedTo()));
                }
            }
            List<SubjectFacts> subjects = new EvaluationData(repos, tiers, calendar, round.getYear())
                    .subjects(SubjectKind.valueOf(round.getKind()), round.getCountyCode(), inputs);
            return new Snapshot(round, subjects, adjusted);
        });
    }

    private static List<LocalCriterion> applying(List<LocalCriterion> criteria, SubjectKind kind, PluginCalls calls) {
        List<LocalCriterion> applying = new ArrayList<>();
        for (LocalCriterion local : criteria) {
            PluginCalls.Outcome<Set<SubjectKind>> kinds = calls.call(local.moduleId(),
                    () -> local.criterion().appliesTo());
            // a criterion that cannot answer stays in, so that its failure shows on every line it would have had
            if (kinds.failed() || kinds.value() == null || kinds.value().contains(kind)) {
                applying.add(local);
            }
        }
        return applying;
    }

    /** One line per failed criterion: which, for how many subjects, and the first reason. */
    private static List<String> problems(Map<String, Scoring.Scored> scored) {
        Map<String, List<String>> failures = new LinkedHashMap<>();
        scored.values().forEach(s -> s.lines().stream().filter(l -> l.status() == LineStatus.FAILED)
                .forEach(l -> failures.computeIfAbsent(l.criterionId(), k -> new ArrayList<>()).add(l.explanation())));
        List<String> problems = new ArrayList<>();
        failures.forEach((criterion, reasons) -> problems.add(reasons.get(0)
                + (reasons.size() > 1 ? " (and " + (reasons.size() - 1) + " more subject(s))" : "")));
        return problems;
    }
}
