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
import io.tepai.store.EvaluationRepository;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.CountyEntity;
import io.tepai.store.entity.CriterionLineRow;
import io.tepai.store.entity.EvaluationRoundEntity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes a draft or computed round (R-EVAL-1..3): reads what the subjects did in the round's programme year, scores
 * them on the built-in dimensions and their county's enabled local criteria, ranks and grades them under the cap,
 * and stores the results, keeping grades set by hand. Plug-in criteria run outside any transaction and under a time
 * limit; the round's version guards against a change while they ran.
 * <p>
 * Issue 17 (a county of ~85,000 specialists): a SPECIALIST round is computed a chunk of subjects at a time. Each
 * chunk's subjects and records are read in one transaction (a fixed number of queries), scored, and their results
 * written in another in batched statements; only each subject's key, total and tie-breakers (and of its stored result,
 * read for the whole round by id ranges first, its id, a digest and its grades) stay in memory until the whole round
 * is ranked and graded, and the ranks and grades are written in one last transaction. The round is
 * marked stale when the computation starts, so one that fails half-way says "compute again" rather than showing
 * new scores under old grades as if computed. Other kinds have few subjects and are read in one chunk; the city's
 * UNIT and COUNTY_WORK subjects, which together cover the whole year's dispatch, are summed from it a chunk of
 * specialists at a time ({@code EvaluationData}).
 */
final class RoundComputer {

    private static final Logger LOG = LoggerFactory.getLogger(RoundComputer.class);

    /** Subjects per chunk: a thousand subjects' records fit comfortably in the heap and in one IN list. */
    static final int CHUNK = 1000;

    private final Store store;
    private final SpecialistTiers tiers;
    private final ProgrammeCalendar calendar;
    private final PolicyModules modules;
    private final Clock clock;
    private final ExecutorService workers;
    private final int chunkSize;

    RoundComputer(Store store, SpecialistTiers tiers, ProgrammeCalendar calendar, PolicyModules modules, Clock clock,
                  ExecutorService workers) {
        this(store, tiers, calendar, modules, clock, workers, CHUNK);
    }

    RoundComputer(Store store, SpecialistTiers tiers, ProgrammeCalendar calendar, PolicyModules modules, Clock clock,
                  ExecutorService workers, int chunkSize) {
        this.store = store;
        this.tiers = tiers;
        this.calendar = calendar;
        this.modules = modules;
        this.clock = clock;
        this.workers = workers;
        this.chunkSize = chunkSize;
    }

    /**
     * The round as the computation found it, once marked stale: its version after that mark, and for a SPECIALIST
     * round the ids of the specialists dispatched to its county (the candidates, read a chunk at a time).
     */
    private record Start(long id, long version, SubjectKind kind, String county, int year, List<Long> candidates) {
    }

    /**
     * What the round's stored results say, by subject key, read once for the whole round a page at a time (issue 17:
     * per chunk, a thousand subject keys in an IN list cost Derby seconds); only a digest of each result's computed
     * part is kept, so that the heap holds some hundred bytes per subject.
     */
    private record Stored(Map<String, Earlier> earlier, Map<String, Map<String, BigDecimal>> inputs,
                          Map<String, Grade> adjusted) {
    }

    /**
     * What a subject's stored result says, to write only what a computation changes (a recomputation of unchanged
     * records rewrites nothing but the round).
     *
     * @param scored a digest of its computed part ({@link #fingerprint}); {@code graded} its rank and grades
     */
    private record Earlier(long id, String scored, String graded) {
    }

    Round compute(Actor actor, long id, EvaluationSettings settings) {
        Objects.requireNonNull(actor, "actor");
        Start start = start(actor, id);
        PluginCalls calls = new PluginCalls(workers, settings.timeoutMillis());
        Map<String, List<LocalCriterion>> localsByCounty = new HashMap<>();
        List<Grading.Scored> ranking = new ArrayList<>();
        Map<String, Long> resultIds = new HashMap<>();
        Problems problems = new Problems();
        List<List<Long>> chunks = start.candidates() == null ? java.util.Collections.singletonList(null)
                : chunks(start.candidates());
        // when none of the subjects' counties' criteria applies to them, no plug-in reads their services, which are
        // then summed in the database rather than listed (issue 17, EvaluationData): a SPECIALIST round's subjects
        // are all of its county, counties' work is each of its own county; a team's are always listed, a unit's never
        boolean listed = switch (start.kind()) {
            case SPECIALIST -> !localsByCounty.computeIfAbsent(start.county(),
                    c -> applying(modules.criteriaFor(c), start.kind(), calls)).isEmpty();
            case COUNTY_WORK -> store.read(repos -> repos.counties().all()).stream().map(CountyEntity::getCode)
                    .anyMatch(county -> !localsByCounty.computeIfAbsent(county,
                            c -> applying(modules.criteriaFor(c), start.kind(), calls)).isEmpty());
            case TEAM -> true;
            case UNIT -> false;
        };
        // where the time goes, for the log: reading the chunks, scoring, writing scores, then ranking and grading
        long[] nanos = new long[4];
        long mark = System.nanoTime();
        Stored stored = store.read(repos -> stored(repos, start.id()));
        for (List<Long> ids : chunks) {
            List<SubjectFacts> subjects = store.read(repos -> chunk(repos, start, ids, listed, stored.inputs()));
            mark = lap(nanos, 0, mark);
            List<EvaluationRepository.ScoredResult> rows = new ArrayList<>(subjects.size());
            for (SubjectFacts subject : subjects) {
                var s = subject.data().subject();
                List<LocalCriterion> locals = s.county() == null ? List.of() : localsByCounty.computeIfAbsent(
                        s.county(), c -> applying(modules.criteriaFor(c), start.kind(), calls));
                Scoring.Scored scored = Scoring.score(subject, settings, locals, calls);
                problems.add(scored);
                ranking.add(scored.forGrading(s.key(), subject.fieldDays(), stored.adjusted().get(s.key())));
                // sorted: a Subject's set has no order of its own (Set.copyOf iterates differently in each JVM), and
                // the stored text is part of the result's fingerprint, so a recompute after a restart rewrote it
                EvaluationRepository.ScoredResult row = new EvaluationRepository.ScoredResult(s.key(), s.name(),
                        s.county(), s.unit(), s.tier(), String.join("\n", new TreeSet<>(s.industries())),
                        subject.fieldDays(),
                        scored.total(), settings.band(scored.total()).name(),
                        scored.lines().stream().map(EvaluationMapper::row).toList());
                Earlier earlier = stored.earlier().get(s.key());
                if (earlier != null && earlier.scored().equals(digest(fingerprint(row)))) {
                    resultIds.put(s.key(), earlier.id());
                } else {
                    rows.add(row);
                }
            }
            mark = lap(nanos, 1, mark);
            if (!rows.isEmpty()) {
                resultIds.putAll(store.write(repos -> {
                    requireUnchanged(repos, start);
                    Map<String, Long> known = new HashMap<>();
                    rows.forEach(r -> Optional.ofNullable(stored.earlier().get(r.subjectKey()))
                            .ifPresent(e -> known.put(r.subjectKey(), e.id())));
                    return repos.evaluations().writeScores(id, rows, known);
                }));
            }
            mark = lap(nanos, 2, mark);
        }
        List<Grading.Graded> graded = Grading.grade(ranking, settings);
        Round round = store.write(repos -> {
            EvaluationRoundEntity entity = requireUnchanged(repos, start);
            // subjects no longer in the round (no longer dispatched, now evaluated by their unit) lose their result
            Map<String, Long> known = repos.evaluations().resultIdsOf(id);
            known.keySet().removeAll(resultIds.keySet());
            repos.evaluations().removeResults(known.values());
            repos.evaluations().writeGrades(graded.stream()
                    .filter(g -> !graded(g.rank(), g.computed().name(), g.grade().name(), g.capNote())
                            .equals(Optional.ofNullable(stored.earlier().get(g.key())).map(Earlier::graded)
                                    .orElse(null)))
                    .map(g -> new EvaluationRepository.GradedResult(resultIds.get(g.key()), g.rank(),
                            g.computed().name(), g.grade().name(), g.capNote())).toList());
            Instant now = clock.instant();
            entity.setStatus(RoundStatus.COMPUTED.name());
            entity.setStale(false);
            entity.setComputedAt(now);
            entity.setExcellentQuota(settings.cap().quota(graded.size()));
            entity.setProblems(RoundRows.joined(problems.lines()));
            repos.flush();
            Round computed = EvaluationMapper.round(entity, repos.evaluations().gradeCounts(id));
            // not a write on a version the caller read: the whole computed round is recorded, as for a creation
            AuditTrail.record(repos, actor, now, RoundRows.ENTITY_ROUND, id, "compute", null, computed, null);
            return computed;
        });
        // the results were written behind the shared cache: a reader may have cached one before the commits
        store.read(repos -> {
            repos.evaluations().forget(resultIds.values());
            return null;
        });
        lap(nanos, 3, mark);
        LOG.info("{} computed evaluation round {}: {} subjects in {} chunk(s), grades {}, {} problem(s); ms reading {},"
                        + " scoring {}, writing scores {}, grading {}", actor.username(), id, round.subjects(),
                chunks.size(), round.gradeCounts(), problems.lines().size(), nanos[0] / 1_000_000,
                nanos[1] / 1_000_000, nanos[2] / 1_000_000, nanos[3] / 1_000_000);
        problems.lines().forEach(p -> LOG.warn("Evaluation round {}: {}", id, p));
        return round;
    }

    /** Adds the time since {@code mark} to {@code nanos[phase]}; the answer is now, the next phase's mark. */
    private static long lap(long[] nanos, int phase, long mark) {
        long now = System.nanoTime();
        nanos[phase] += now - mark;
        return now;
    }

    /** Checks the caller may compute the round now and marks it stale until the computation ends. */
    private Start start(Actor actor, long id) {
        return store.write(repos -> {
            EvaluationRoundEntity round = findRound(repos, id);
            RoundRows.requireEvaluator(actor, round.getCountyCode(), "compute this round");
            if (!RoundStatus.DRAFT.name().equals(round.getStatus())
                    && !RoundStatus.COMPUTED.name().equals(round.getStatus())) {
                throw new ConflictException("Round " + id + " is " + round.getStatus()
                        + "; only draft or computed rounds are computed");
            }
            round.setStale(true);
            repos.flush();
            SubjectKind kind = SubjectKind.valueOf(round.getKind());
            List<Long> candidates = kind != SubjectKind.SPECIALIST ? null
                    : new EvaluationData(repos, tiers, calendar, round.getYear()).specialistIds(round.getCountyCode());
            return new Start(id, round.getVersion(), kind, round.getCountyCode(), round.getYear(), candidates);
        });
    }

    /** The round's stored results, a thousand at a time by id. */
    private Stored stored(Repositories repos, long roundId) {
        Map<String, Earlier> earlier = new HashMap<>();
        Map<String, Map<String, BigDecimal>> inputs = new HashMap<>();
        Map<String, Grade> adjusted = new HashMap<>();
        long after = 0;
        for (List<EvaluationRepository.StoredResult> page = repos.evaluations().storedPage(roundId, after, CHUNK);
             !page.isEmpty(); page = repos.evaluations().storedPage(roundId, after, CHUNK)) {
            for (EvaluationRepository.StoredResult result : page) {
                String key = result.scored().subjectKey();
                earlier.put(key, new Earlier(result.id(), digest(fingerprint(result.scored())),
                        graded(result.rank(), result.computedGrade(), result.grade(), result.capNote())));
                if (!result.inputs().isEmpty()) {
                    inputs.put(key, new LinkedHashMap<>(result.inputs()));
                }
                if (result.adjustedTo() != null) {
                    adjusted.put(key, Grade.valueOf(result.adjustedTo()));
                }
                after = result.id();
            }
        }
        return new Stored(earlier, inputs, adjusted);
    }

    /** The subjects of these candidates (all the round's subjects when null), with the evaluator's inputs. */
    private List<SubjectFacts> chunk(Repositories repos, Start start, List<Long> ids, boolean listed,
                                     Map<String, Map<String, BigDecimal>> inputs) {
        EvaluationData data = new EvaluationData(repos, tiers, calendar, start.year(), chunkSize);
        return ids == null ? data.subjects(start.kind(), start.county(), inputs, listed)
                : data.specialists(start.county(), ids, inputs, listed);
    }

    /** A digest of a result's computed part: what is kept of it to tell whether a computation changed it. */
    private static String digest(String fingerprint) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(fingerprint.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A result's computed part as text, numbers by value (the database keeps its own scale). */
    private static String fingerprint(EvaluationRepository.ScoredResult r) {
        StringBuilder text = new StringBuilder().append(r.name()).append('|').append(r.county()).append('|')
                .append(r.unit()).append('|').append(r.tier()).append('|').append(r.industries()).append('|')
                .append(number(r.fieldDays())).append('|').append(number(r.total()));
        for (CriterionLineRow line : r.lines()) {
            text.append('\n').append(line.getCriterionId()).append('|').append(line.getNameZh()).append('|')
                    .append(line.getNameEn()).append('|').append(line.getSource()).append('|')
                    .append(line.getWeight()).append('|').append(number(line.getEffectiveWeight())).append('|')
                    .append(number(line.getScore())).append('|').append(line.getStatus()).append('|')
                    .append(line.getExplanation());
        }
        return text.toString();
    }

    private static String number(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }

    private static String graded(int rank, String computed, String grade, String capNote) {
        return rank + "|" + computed + "|" + grade + "|" + capNote;
    }

    private List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += chunkSize) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + chunkSize)));
        }
        return chunks;
    }

    private static EvaluationRoundEntity requireUnchanged(Repositories repos, Start start) {
        EvaluationRoundEntity entity = findRound(repos, start.id());
        if (entity.getVersion() != start.version()) {
            throw new ConflictException("Round " + start.id() + " changed while it was being computed; compute again");
        }
        return entity;
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

    /** One line per failed criterion: which, for how many subjects, and the first reason; gathered chunk by chunk. */
    private static final class Problems {

        private final Map<String, String> first = new LinkedHashMap<>();
        private final Map<String, Integer> more = new HashMap<>();

        void add(Scoring.Scored scored) {
            scored.lines().stream().filter(l -> l.status() == LineStatus.FAILED).forEach(l -> {
                if (first.putIfAbsent(l.criterionId(), l.explanation()) != null) {
                    more.merge(l.criterionId(), 1, Integer::sum);
                }
            });
        }

        List<String> lines() {
            List<String> problems = new ArrayList<>();
            first.forEach((criterion, reason) -> {
                int others = more.getOrDefault(criterion, 0);
                problems.add(reason + (others > 0 ? " (and " + others + " more subject(s))" : ""));
            });
            return problems;
        }
    }
}
