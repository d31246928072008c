package io.tepai.core.evaluation;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.evaluation.Certificate;
import io.tepai.api.evaluation.EvaluationResult;
import io.tepai.api.evaluation.EvaluationService;
import io.tepai.api.evaluation.LineStatus;
import io.tepai.api.evaluation.PublicResult;
import io.tepai.api.evaluation.Renewal;
import io.tepai.api.evaluation.ResultFilter;
import io.tepai.api.evaluation.Round;
import io.tepai.api.evaluation.RoundDraft;
import io.tepai.api.evaluation.RoundFilter;
import io.tepai.api.evaluation.RoundStatus;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditTrail;
import io.tepai.core.module.PolicyModules;
import io.tepai.core.module.PolicyModules.LocalCriterion;
import io.tepai.core.plugin.PluginCalls;
import io.tepai.core.tier.SpecialistTiers;
import io.tepai.core.validation.FieldErrors;
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.spi.incentive.PublishedResult;
import io.tepai.store.EvaluationRepository;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.EvaluationResultEntity;
import io.tepai.store.entity.EvaluationRoundEntity;
import io.tepai.store.entity.IncentiveGrantEntity;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Annual evaluation rounds (R-EVAL-1..4, R-REC-4): create, compute (built-in dimensions plus each county's enabled
 * local criteria), adjust with reasons, review, publish (renewal proposal, certificates, incentives). Plug-in code
 * runs outside any transaction and under a time limit; the round's version guards against a concurrent change while
 * it ran. Settings: configuration {@code io.tepai.evaluation} (see {@link EvaluationSettings}).
 */
@Designate(ocd = EvaluationConfiguration.class)
@Component(service = EvaluationService.class, configurationPid = "io.tepai.evaluation")
public class EvaluationServiceImpl implements EvaluationService {

    static final String ENTITY_ROUND = "EvaluationRound";
    static final String ENTITY_RESULT = "EvaluationResult";
    static final String ISSUER = "焦作市科学技术局";

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationServiceImpl.class);
    private static final Pattern INPUT_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final int MAX_INPUTS = 20;
    private static final int MAX_REASON = 1000;
    private static final int MAX_PROBLEMS = 8000;

    private final Store store;
    private final SpecialistTiers tiers;
    private final ProgrammeCalendar calendar;
    private final PolicyModules modules;
    private final Clock clock;
    private final ExecutorService workers = Executors.newCachedThreadPool(daemonThreads());
    private volatile EvaluationSettings settings = EvaluationSettings.DEFAULTS;
    /** {@code certificate.fonts}: the font files certificates are set in (none: the predefined STSong-Light). */
    private volatile List<String> certificateFontFiles = List.of();
    private CertificateFonts certificateFonts;

    @Activate
    public EvaluationServiceImpl(@Reference Store store, @Reference SpecialistTiers tiers,
                                 @Reference ProgrammeCalendar calendar, @Reference PolicyModules modules,
                                 Map<String, Object> config) {
        this(store, tiers, calendar, modules, Clock.systemUTC());
        configure(config);
    }

    EvaluationServiceImpl(Store store, SpecialistTiers tiers, ProgrammeCalendar calendar, PolicyModules modules,
                          Clock clock) {
        this.store = store;
        this.tiers = tiers;
        this.calendar = calendar;
        this.modules = modules;
        this.clock = clock;
    }

    @Modified
    void configure(Map<String, Object> config) {
        settings = EvaluationSettings.from(config);
        certificateFontFiles = fontFiles(config == null ? null : config.get("certificate.fonts"));
    }

    /** {@code certificate.fonts} as a list: comma-separated text, or an array of files. */
    static List<String> fontFiles(Object value) {
        if (value == null) {
            return List.of();
        }
        List<String> parts = value instanceof String[] array ? List.of(array) : List.of(value.toString().split(","));
        return parts.stream().map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    /** The configured certificate fonts, read once per configuration; a font that cannot be read refuses. */
    private synchronized CertificateFonts certificateFonts() {
        List<String> files = certificateFontFiles;
        if (certificateFonts == null || !certificateFonts.specs().equals(files)) {
            try {
                certificateFonts = CertificateFonts.load(files);
            } catch (RuntimeException e) {
                LOG.error("certificate.fonts in io.tepai.evaluation cannot be used: {}", e.getMessage());
                throw new RuleViolationException(CertificatePdf.RULE, "the certificate cannot be printed: "
                        + e.getMessage());
            }
        }
        return certificateFonts;
    }

    @Deactivate
    void stop() {
        workers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "tepai-plugin-call-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    // ---- rounds ------------------------------------------------------------------------------------------------

    @Override
    public Page<Round> rounds(Actor actor, RoundFilter filter, PageRequest page) {
        Objects.requireNonNull(actor, "actor");
        RoundFilter f = filter == null ? RoundFilter.ALL : filter;
        return store.read(repos -> repos.evaluations().rounds(f.year(), f.kind() == null ? null : f.kind().name(),
                        f.county(), f.status() == null ? null : f.status().name(), ResultScope.roundsVisibleTo(actor),
                        page)
                .map(r -> EvaluationMapper.round(r, repos.evaluations().resultsOf(r.getId()))));
    }

    @Override
    public Round round(Actor actor, long id) {
        Objects.requireNonNull(actor, "actor");
        return store.read(repos -> {
            EvaluationRoundEntity round = findRound(repos, id);
            ResultScope.requireVisible(actor, round);
            return EvaluationMapper.round(round, repos.evaluations().resultsOf(id));
        });
    }

    @Override
    public Round create(Actor actor, RoundDraft draft) {
        FieldErrors errors = new FieldErrors().required("draft", draft);
        errors.throwIfAny();
        errors.year("year", draft.year()).required("kind", draft.kind());
        boolean specialists = draft.kind() == SubjectKind.SPECIALIST;
        String county = draft.county() == null || draft.county().isBlank() ? null : draft.county().strip();
        if (specialists && county == null) {
            errors.add("county", "A specialist round is run by the receiving county (R-EVAL-2): name the county");
        }
        if (!specialists && county != null) {
            errors.add("county", "Only specialist rounds belong to a county; the city office evaluates "
                    + draft.kind() + " (R-EVAL-2)");
        }
        errors.throwIfAny();
        requireEvaluator(actor, county, "run this evaluation round (R-EVAL-2)");
        String evaluator = county == null ? "city" : "county:" + county;
        Round round = store.write(repos -> {
            if (county != null && repos.counties().find(county).isEmpty()) {
                throw new NotFoundException("County", county);
            }
            repos.evaluations().round(draft.year(), draft.kind().name(), evaluator).ifPresent(existing -> {
                throw new ConflictException("There is already a " + draft.kind() + " round for " + draft.year()
                        + " evaluated by " + evaluator + ": round " + existing.getId());
            });
            EvaluationRoundEntity entity = repos.evaluations().add(new EvaluationRoundEntity(draft.year(),
                    draft.kind().name(), county, evaluator, actor.username(), clock.instant()));
            entity.setSample(actor.writesSample());
            Round created = EvaluationMapper.round(entity, List.of());
            AuditTrail.record(repos, actor, clock.instant(), ENTITY_ROUND, entity.getId(), "create", null, created,
                    null);
            return created;
        });
        LOG.info("{} created evaluation round {} ({} {}, {})", actor.username(), round.id(), round.year(),
                round.kind(), evaluator);
        return round;
    }

    @Override
    public void delete(Actor actor, long id, long expectedVersion) {
        store.write(repos -> {
            EvaluationRoundEntity round = findRound(repos, id);
            requireEvaluator(actor, round.getCountyCode(), "delete this round");
            checkVersion(round, expectedVersion);
            requireStatus(round, RoundStatus.DRAFT, "deleted");
            AuditTrail.record(repos, actor, clock.instant(), ENTITY_ROUND, id, "delete",
                    EvaluationMapper.round(round, List.of()), null, null);
            repos.evaluations().remove(round);
            return null;
        });
        LOG.info("{} deleted draft evaluation round {}", actor.username(), id);
    }

    /** What a computation starts from, read in one transaction. */
    private record Snapshot(EvaluationRoundEntity round, List<SubjectFacts> subjects, Map<String, Grade> adjusted) {
    }

    @Override
    public Round compute(Actor actor, long id) {
        Objects.requireNonNull(actor, "actor");
        EvaluationSettings current = settings;
        Snapshot snapshot = store.read(repos -> {
            EvaluationRoundEntity round = findRound(repos, id);
            requireEvaluator(actor, round.getCountyCode(), "compute this round");
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
        SubjectKind kind = SubjectKind.valueOf(snapshot.round().getKind());
        PluginCalls calls = new PluginCalls(workers, current.timeoutMillis());
        Map<String, Scoring.Scored> scored = new LinkedHashMap<>();
        Map<String, SubjectFacts> facts = new HashMap<>();
        Map<String, List<LocalCriterion>> localsByCounty = new HashMap<>();
        for (SubjectFacts subject : snapshot.subjects()) {
            String county = subject.data().subject().county();
            List<LocalCriterion> locals = county == null ? List.of() : localsByCounty.computeIfAbsent(county,
                    c -> applying(modules.criteriaFor(c), kind, calls));
            scored.put(subject.data().subject().key(), Scoring.score(subject, current, locals, calls));
            facts.put(subject.data().subject().key(), subject);
        }
        List<Grading.Graded> graded = Grading.grade(scored.entrySet().stream()
                .map(e -> scoredForGrading(e.getKey(), e.getValue(), facts.get(e.getKey()).fieldDays(),
                        snapshot.adjusted().get(e.getKey())))
                .toList(), current);
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
            entity.setStatus(RoundStatus.COMPUTED.name());
            entity.setStale(false);
            entity.setComputedAt(clock.instant());
            entity.setExcellentQuota(current.excellentQuota(graded.size()));
            entity.setProblems(joined(problems));
            repos.flush();
            Round computed = EvaluationMapper.round(entity, repos.evaluations().resultsOf(id));
            AuditTrail.record(repos, actor, clock.instant(), ENTITY_ROUND, id, "compute",
                    null, computed, null);
            return computed;
        });
        LOG.info("{} computed evaluation round {}: {} subjects, grades {}, {} problem(s)", actor.username(), id,
                round.subjects(), round.gradeCounts(), problems.size());
        problems.forEach(p -> LOG.warn("Evaluation round {}: {}", id, p));
        return round;
    }

    private static List<LocalCriterion> applying(List<LocalCriterion> criteria, SubjectKind kind, PluginCalls calls) {
        List<LocalCriterion> applying = new ArrayList<>();
        for (LocalCriterion local : criteria) {
            PluginCalls.Outcome<java.util.Set<SubjectKind>> kinds = calls.call(local.moduleId(),
                    () -> local.criterion().appliesTo());
            // a criterion that cannot answer stays in, so that its failure shows on every line it would have had
            if (kinds.failed() || kinds.value() == null || kinds.value().contains(kind)) {
                applying.add(local);
            }
        }
        return applying;
    }

    private static Grading.Scored scoredForGrading(String key, Scoring.Scored scored, BigDecimal fieldDays,
                                                   Grade adjusted) {
        return scored.forGrading(key, fieldDays, adjusted);
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

    @Override
    public Round review(Actor actor, long id, long expectedVersion) {
        Round round = store.write(repos -> {
            EvaluationRoundEntity entity = findRound(repos, id);
            requireEvaluator(actor, entity.getCountyCode(), "review this round");
            checkVersion(entity, expectedVersion);
            requireStatus(entity, RoundStatus.COMPUTED, "reviewed");
            if (entity.isStale()) {
                throw new ConflictException("Inputs of round " + id + " changed after it was computed;"
                        + " compute it again before the review");
            }
            List<EvaluationResultEntity> results = repos.evaluations().resultsOf(id);
            requireWithinQuota(results, entity.getExcellentQuota());
            Round before = EvaluationMapper.round(entity, results);
            entity.setStatus(RoundStatus.REVIEWED.name());
            entity.setReviewedAt(clock.instant());
            repos.flush();
            Round after = EvaluationMapper.round(entity, results);
            AuditTrail.record(repos, actor, clock.instant(), ENTITY_ROUND, id, "review", before, after, null);
            return after;
        });
        LOG.info("{} reviewed evaluation round {}", actor.username(), id);
        return round;
    }

    /** R-EVAL-3: excellent is at most 15% of the subjects; checked again before a round leaves the evaluator. */
    private static void requireWithinQuota(List<EvaluationResultEntity> results, int quota) {
        long excellent = results.stream().filter(r -> Grade.EXCELLENT.name().equals(r.getGrade())).count();
        if (excellent > quota) {
            throw new RuleViolationException("R-EVAL-3", excellent + " subjects are excellent, but at most " + quota
                    + " of " + results.size() + " may be; adjust grades before going on");
        }
    }

    @Override
    public Round publish(Actor actor, long id, long expectedVersion) {
        Objects.requireNonNull(actor, "actor");
        Map<Long, PublishedResult> published = new LinkedHashMap<>();
        long[] versionSeen = new long[1];
        store.read(repos -> {
            EvaluationRoundEntity round = findRound(repos, id);
            requireEvaluator(actor, round.getCountyCode(), "publish this round");
            checkVersion(round, expectedVersion);
            requireStatus(round, RoundStatus.REVIEWED, "published");
            versionSeen[0] = round.getVersion();
            SubjectKind kind = SubjectKind.valueOf(round.getKind());
            for (EvaluationResultEntity result : repos.evaluations().resultsOf(id)) {
                Map<String, BigDecimal> scores = new LinkedHashMap<>();
                result.getLines().stream().filter(l -> l.getScore() != null)
                        .forEach(l -> scores.put(l.getCriterionId(), l.getScore()));
                published.put(result.getId(), new PublishedResult(id, round.getYear(),
                        EvaluationMapper.subject(kind, result), Grade.valueOf(result.getGrade()), result.getTotalScore(),
                        scores, result.getFieldDays()));
            }
            return null;
        });
        Publication.Outcome incentives = Publication.grants(published, modules::incentivesFor,
                new PluginCalls(workers, settings.timeoutMillis()));
        Round round = store.write(repos -> {
            EvaluationRoundEntity entity = findRound(repos, id);
            if (entity.getVersion() != versionSeen[0]) {
                throw new ConflictException("Round " + id + " changed while it was being published; try again");
            }
            List<EvaluationResultEntity> results = repos.evaluations().resultsOf(id);
            Round before = EvaluationMapper.round(entity, results);
            SubjectKind kind = SubjectKind.valueOf(entity.getKind());
            int serial = repos.evaluations().lastCertificateSerial(entity.getYear());
            Map<Long, EvaluationResultEntity> byId = new HashMap<>();
            for (EvaluationResultEntity result : results) {
                byId.put(result.getId(), result);
                Grade grade = Grade.valueOf(result.getGrade());
                if (kind == SubjectKind.SPECIALIST || kind == SubjectKind.TEAM) {
                    result.setRenewal(Renewal.of(grade).name());
                }
                if (Publication.earnsCertificate(kind, grade)) {
                    result.setCertificateNo(EvaluationRepository.certificatePrefix(entity.getYear())
                            + String.format("%04d", ++serial));
                }
            }
            for (Publication.Grant grant : incentives.grants()) {
                repos.evaluations().add(new IncentiveGrantEntity(entity, byId.get(grant.resultId()),
                        grant.policyId(), grant.source(), grant.incentive().kind(), grant.incentive().description(),
                        grant.incentive().amountCny(), clock.instant()));
            }
            List<String> problems = new ArrayList<>(EvaluationMapper.round(entity, results).problems());
            problems.addAll(incentives.problems());
            entity.setProblems(joined(problems));
            entity.setStatus(RoundStatus.PUBLISHED.name());
            entity.setPublishedAt(clock.instant());
            repos.flush();
            Round after = EvaluationMapper.round(entity, results);
            AuditTrail.record(repos, actor, clock.instant(), ENTITY_ROUND, id, "publish", before, after,
                    incentives.grants().size() + " incentive(s) granted");
            return after;
        });
        LOG.info("{} published evaluation round {}: grades {}, {} incentive(s)", actor.username(), id,
                round.gradeCounts(), incentives.grants().size());
        incentives.problems().forEach(p -> LOG.warn("Evaluation round {}: {}", id, p));
        return round;
    }

    // ---- results -----------------------------------------------------------------------------------------------

    @Override
    public Page<EvaluationResult> results(Actor actor, ResultFilter filter, PageRequest page) {
        ResultScope.Narrowed scope = ResultScope.narrow(actor, filter == null ? ResultFilter.ALL : filter);
        ResultFilter f = scope.filter();
        return store.read(repos -> {
            Map<Long, EvaluationRoundEntity> rounds = new HashMap<>();
            return repos.evaluations().results(f.roundId(), f.year(), f.kind() == null ? null : f.kind().name(),
                    f.county(), f.unit(), f.grade() == null ? null : f.grade().name(), scope.publishedOnly(), page)
                    .map(r -> EvaluationMapper.result(rounds.computeIfAbsent(r.getRoundId(), k -> findRound(repos, k)), r));
        });
    }

    @Override
    public EvaluationResult result(Actor actor, long resultId) {
        return store.read(repos -> {
            EvaluationResultEntity result = findResult(repos, resultId);
            EvaluationRoundEntity round = findRound(repos, result.getRoundId());
            ResultScope.requireReadable(actor, round, result);
            return EvaluationMapper.result(round, result);
        });
    }

    @Override
    public EvaluationResult setInputs(Actor actor, long resultId, long expectedVersion,
                                      Map<String, BigDecimal> inputs) {
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
        EvaluationResult updated = store.write(repos -> {
            EvaluationResultEntity result = findResult(repos, resultId);
            EvaluationRoundEntity round = findRound(repos, result.getRoundId());
            requireEvaluator(actor, round.getCountyCode(), "enter inputs in this round");
            checkVersion(result, expectedVersion);
            requireStatus(round, RoundStatus.COMPUTED, "given inputs");
            EvaluationResult before = EvaluationMapper.result(round, result);
            result.getInputs().clear();
            inputs.forEach((name, value) -> result.getInputs().put(name, value.setScale(2)));
            result.touch(clock.instant());
            round.setStale(true);
            round.touch(clock.instant());
            repos.flush();
            EvaluationResult after = EvaluationMapper.result(round, result);
            AuditTrail.record(repos, actor, clock.instant(), ENTITY_RESULT, resultId, "inputs", before, after, null);
            return after;
        });
        LOG.info("{} entered inputs {} for result {}", actor.username(), inputs.keySet(), resultId);
        return updated;
    }

    @Override
    public EvaluationResult adjust(Actor actor, long resultId, long expectedVersion, Grade grade, String reason) {
        new FieldErrors().required("grade", grade).text("reason", reason, MAX_REASON).throwIfAny();
        EvaluationResult adjusted = store.write(repos -> {
            EvaluationResultEntity result = findResult(repos, resultId);
            EvaluationRoundEntity round = findRound(repos, result.getRoundId());
            requireEvaluator(actor, round.getCountyCode(), "adjust grades in this round");
            checkVersion(result, expectedVersion);
            requireStatus(round, RoundStatus.COMPUTED, "adjusted");
            EvaluationResult before = EvaluationMapper.result(round, result);
            List<EvaluationResultEntity> results = repos.evaluations().resultsOf(round.getId());
            long otherAdjustedExcellent = results.stream().filter(r -> !r.getId().equals(result.getId()))
                    .filter(r -> Grade.EXCELLENT.name().equals(r.getAdjustedTo())).count();
            if (grade == Grade.EXCELLENT && otherAdjustedExcellent + 1 > round.getExcellentQuota()) {
                throw new RuleViolationException("R-EVAL-3", "Excellent is at most " + round.getExcellentQuota()
                        + " of the " + results.size() + " subjects in this round, and " + otherAdjustedExcellent
                        + " are already excellent by adjustment");
            }
            String from = result.getAdjustedFrom() != null ? result.getAdjustedFrom() : result.getGrade();
            result.adjust(from, grade.name(), reason.strip(), actor.username(), clock.instant());
            regrade(results);
            round.touch(clock.instant());
            repos.flush();
            EvaluationResult after = EvaluationMapper.result(round, result);
            AuditTrail.record(repos, actor, clock.instant(), ENTITY_RESULT, resultId, "adjust", before, after,
                    reason);
            return after;
        });
        LOG.info("{} adjusted result {} to {}: {}", actor.username(), resultId, grade, reason);
        return adjusted;
    }

    /** Grades again from the stored totals, so the cap makes room for (or takes back) a hand-set excellent. */
    private void regrade(List<EvaluationResultEntity> results) {
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

    private static BigDecimal lineScore(EvaluationResultEntity result, String criterionId) {
        return result.getLines().stream().filter(l -> l.getCriterionId().equals(criterionId))
                .map(l -> l.getScore()).findFirst().orElse(null);
    }

    @Override
    public Page<PublicResult> publicResults(Integer year, SubjectKind kind, PageRequest page) {
        return store.read(repos -> {
            Map<Long, EvaluationRoundEntity> rounds = new HashMap<>();
            return repos.evaluations().results(null, year, kind == null ? null : kind.name(), null, null, null, true,
                    page).map(r -> {
                        EvaluationRoundEntity round = rounds.computeIfAbsent(r.getRoundId(), k -> findRound(repos, k));
                        return new PublicResult(round.getYear(), SubjectKind.valueOf(round.getKind()),
                                r.getSubjectName(), r.getCountyCode(), r.getUnitCode(), Grade.valueOf(r.getGrade()));
                    });
        });
    }

    @Override
    public Certificate certificate(Actor actor, long resultId) {
        return store.read(repos -> {
            EvaluationResultEntity result = findResult(repos, resultId);
            EvaluationRoundEntity round = findRound(repos, result.getRoundId());
            ResultScope.requireReadable(actor, round, result);
            if (result.getCertificateNo() == null) {
                throw new NotFoundException(Publication.noCertificate(round, result));
            }
            String unit = result.getUnitCode() == null ? "" : repos.units().find(result.getUnitCode())
                    .map(u -> u.getNameZh()).orElse(result.getUnitCode());
            String county = result.getCountyCode() == null ? "" : repos.counties().find(result.getCountyCode())
                    .map(c -> c.getNameZh()).orElse(result.getCountyCode());
            byte[] pdf = CertificatePdf.render(new CertificatePdf.Content(result.getCertificateNo(),
                    result.getSubjectName(), unit, county, round.getYear(), Grade.EXCELLENT.nameZh(), ISSUER,
                    round.getPublishedAt().atZone(calendar.zone()).toLocalDate()), certificateFonts());
            return new Certificate(result.getCertificateNo(), result.getCertificateNo() + "-"
                    + result.getSubjectName() + ".pdf", pdf);
        });
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** The round's problems as stored: one per line, within the column's 8000 characters. */
    private static String joined(List<String> problems) {
        String text = String.join("\n", problems);
        return text.length() <= MAX_PROBLEMS ? text : text.substring(0, MAX_PROBLEMS - 1) + "…";
    }

    /** R-EVAL-2: the receiving county runs its specialist round; the city office runs (and may act on) all. */
    private static void requireEvaluator(Actor actor, String county, String what) {
        Objects.requireNonNull(actor, "actor");
        if (county == null) {
            Scopes.requireCity(actor, what);
        } else {
            Scopes.requireCounty(actor, county, what);
        }
    }

    private static EvaluationRoundEntity findRound(Repositories repos, long id) {
        return repos.evaluations().round(id).orElseThrow(() -> new NotFoundException(ENTITY_ROUND, id));
    }

    private static EvaluationResultEntity findResult(Repositories repos, long id) {
        return repos.evaluations().result(id).orElseThrow(() -> new NotFoundException(ENTITY_RESULT, id));
    }

    private static void checkVersion(EvaluationRoundEntity round, long expected) {
        if (round.getVersion() != expected) {
            throw new ConflictException("Round " + round.getId() + " was changed by someone else (version "
                    + round.getVersion() + ", you sent " + expected + "); reload it and try again");
        }
    }

    private static void checkVersion(EvaluationResultEntity result, long expected) {
        if (result.getVersion() != expected) {
            throw new ConflictException("Result " + result.getId() + " was changed by someone else (version "
                    + result.getVersion() + ", you sent " + expected + "); reload it and try again");
        }
    }

    private static void requireStatus(EvaluationRoundEntity round, RoundStatus status, String what) {
        if (!status.name().equals(round.getStatus())) {
            throw new ConflictException("Round " + round.getId() + " is " + round.getStatus() + "; only a "
                    + status + " round can be " + what);
        }
    }
}
