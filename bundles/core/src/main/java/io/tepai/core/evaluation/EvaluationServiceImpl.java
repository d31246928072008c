package io.tepai.core.evaluation;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.evaluation.Certificate;
import io.tepai.api.evaluation.EvaluationResult;
import io.tepai.api.evaluation.EvaluationService;
import io.tepai.api.evaluation.PublicResult;
import io.tepai.api.evaluation.ResultFilter;
import io.tepai.api.evaluation.Round;
import io.tepai.api.evaluation.RoundDraft;
import io.tepai.api.evaluation.RoundFilter;
import io.tepai.api.metrics.Metrics;
import io.tepai.core.module.PolicyModules;
import io.tepai.core.tier.SpecialistTiers;
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.store.Store;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Annual evaluation rounds (R-EVAL-1..4, R-REC-4) as one service: its configuration {@code io.tepai.evaluation}
 * ({@link EvaluationSettings}, certificate fonts), the threads plug-in code runs on, and one collaborator per step:
 * {@link RoundDrafts} opens and deletes rounds, {@link RoundComputer} computes them, {@link RoundAdjuster} takes
 * the evaluator's inputs and grades set by hand, {@link RoundPublisher} reviews and publishes, {@link RoundReads}
 * and {@link Certificates} answer readers.
 */
@Designate(ocd = EvaluationConfiguration.class)
@Component(service = EvaluationService.class, configurationPid = "io.tepai.evaluation")
public class EvaluationServiceImpl implements EvaluationService {

    private final ExecutorService workers = Executors.newCachedThreadPool(daemonThreads());
    private final RoundReads reads;
    private final RoundDrafts drafts;
    private final RoundComputer computer;
    private final RoundAdjuster adjuster;
    private final RoundPublisher publisher;
    private final Certificates certificates;
    private volatile EvaluationSettings settings = EvaluationSettings.DEFAULTS;

    /** Computation times for city IT; optional, so rounds compute without the metrics bundle. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Metrics metrics;

    @Activate
    public EvaluationServiceImpl(@Reference Store store, @Reference SpecialistTiers tiers,
                                 @Reference ProgrammeCalendar calendar, @Reference PolicyModules modules,
                                 Map<String, Object> config) {
        this(store, tiers, calendar, modules, Clock.systemUTC());
        configure(config);
    }

    EvaluationServiceImpl(Store store, SpecialistTiers tiers, ProgrammeCalendar calendar, PolicyModules modules,
                          Clock clock) {
        this(store, tiers, calendar, modules, clock, RoundComputer.CHUNK);
    }

    /** @param chunkSize subjects a SPECIALIST round computes at a time (tests make it small to cross chunks) */
    EvaluationServiceImpl(Store store, SpecialistTiers tiers, ProgrammeCalendar calendar, PolicyModules modules,
                          Clock clock, int chunkSize) {
        reads = new RoundReads(store);
        drafts = new RoundDrafts(store, clock);
        computer = new RoundComputer(store, tiers, calendar, modules, clock, workers, chunkSize);
        adjuster = new RoundAdjuster(store, clock);
        publisher = new RoundPublisher(store, modules, clock, workers);
        certificates = new Certificates(store, calendar);
    }

    @Modified
    void configure(Map<String, Object> config) {
        settings = EvaluationSettings.from(config);
        certificates.configure(config == null ? null : config.get("certificate.fonts"));
    }

    @Deactivate
    void stop() {
        workers.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "tepai-plugin-call-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public Page<Round> rounds(Actor actor, RoundFilter filter, PageRequest page) {
        return reads.rounds(actor, filter, page);
    }

    @Override
    public Round round(Actor actor, long id) {
        return reads.round(actor, id);
    }

    @Override
    public Round create(Actor actor, RoundDraft draft) {
        return drafts.create(actor, draft);
    }

    @Override
    public void delete(Actor actor, long id, long expectedVersion) {
        drafts.delete(actor, id, expectedVersion);
    }

    @Override
    public Round compute(Actor actor, long id) {
        long start = System.nanoTime();
        Round computed = computer.compute(actor, id, settings);
        // only computations that ran: a refused one (wrong status, no right) took no time worth watching
        Metrics current = metrics;
        if (current != null) {
            current.roundComputed(computed.kind().name(), Duration.ofNanos(System.nanoTime() - start));
        }
        return computed;
    }

    @Override
    public Round review(Actor actor, long id, long expectedVersion) {
        return publisher.review(actor, id, expectedVersion);
    }

    @Override
    public Round publish(Actor actor, long id, long expectedVersion) {
        return publisher.publish(actor, id, expectedVersion, settings);
    }

    @Override
    public Page<EvaluationResult> results(Actor actor, ResultFilter filter, PageRequest page) {
        return reads.results(actor, filter, page);
    }

    @Override
    public EvaluationResult result(Actor actor, long resultId) {
        return reads.result(actor, resultId);
    }

    @Override
    public EvaluationResult setInputs(Actor actor, long resultId, long expectedVersion,
                                      Map<String, BigDecimal> inputs) {
        return adjuster.setInputs(actor, resultId, expectedVersion, inputs);
    }

    @Override
    public EvaluationResult adjust(Actor actor, long resultId, long expectedVersion, Grade grade, String reason) {
        return adjuster.adjust(actor, resultId, expectedVersion, grade, reason, settings);
    }

    @Override
    public Page<PublicResult> publicResults(Integer year, SubjectKind kind, PageRequest page) {
        return reads.publicResults(year, kind, page);
    }

    @Override
    public Certificate certificate(Actor actor, long resultId) {
        return certificates.certificate(actor, resultId);
    }
}
