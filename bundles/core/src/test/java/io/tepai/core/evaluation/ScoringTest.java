package io.tepai.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.evaluation.CriterionLine;
import io.tepai.api.evaluation.LineStatus;
import io.tepai.core.module.PolicyModules.LocalCriterion;
import io.tepai.guard.PluginCalls;
import io.tepai.spi.evaluation.CriterionScore;
import io.tepai.spi.evaluation.EvaluationCriterion;
import io.tepai.spi.evaluation.Subject;
import io.tepai.spi.evaluation.SubjectData;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.spi.tier.ServiceThreshold;
import io.tepai.testing.TestCriterion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final Map<String, Integer> ONLY_DUTIES_AND_SATISFACTION = Map.of("organisation", 0, "duties", 30,
            "results", 0, "satisfaction", 10, "publicity", 0);

    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r);
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch never = new CountDownLatch(1);

    @AfterEach
    void stop() {
        never.countDown();
        workers.shutdownNow();
    }

    /** A city-tier specialist (30 days or 12 services) with 15 confirmed days in 3 services rated 5, 4, 3. */
    private static SubjectFacts facts(Map<String, BigDecimal> inputs) {
        Subject subject = new Subject(SubjectKind.SPECIALIST, "7", "张三", "wuzhi", "hpu", "city", Set.of("怀药"));
        List<SubjectData.ServiceRecord> services = List.of(
                service(5), service(4), service(3));
        SubjectData data = new SubjectData(subject, 2026, JAN_1, LocalDate.of(2026, 12, 31), 1, services, List.of(),
                List.of(), List.of(), 0, inputs);
        return new SubjectFacts(data, List.of(new SubjectFacts.Fulfilment(new BigDecimal("15"), 3,
                new ServiceThreshold(new BigDecimal("30"), 12))), new BigDecimal("15"));
    }

    private static SubjectData.ServiceRecord service(int rating) {
        return new SubjectData.ServiceRecord(JAN_1, JAN_1.plusDays(4), new BigDecimal("5"), "TECHNICAL_GUIDANCE",
                "wuzhi", 1, rating, Map.of());
    }

    private static EvaluationSettings weights(Map<String, Integer> weights) {
        EvaluationSettings d = EvaluationSettings.DEFAULTS;
        return new EvaluationSettings(weights, d.excellentFrom(), d.goodFrom(), d.passFrom(), d.excellentShare(),
                200);
    }

    private static LocalCriterion local(String id, int weight, Function<SubjectData, CriterionScore> scorer) {
        return new LocalCriterion(new TestCriterion(id, scorer), id, "io.tepai.test 1.0.0", weight);
    }

    private Scoring.Scored score(SubjectFacts facts, EvaluationSettings settings, List<LocalCriterion> locals) {
        return Scoring.score(facts, settings, locals, new PluginCalls(workers, settings.timeoutMillis()));
    }

    private static CriterionLine line(Scoring.Scored scored, String id) {
        return scored.lines().stream().filter(l -> l.criterionId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void R_EVAL_1_totalIsTheWeightedMeanOfTheScoredDimensions() {
        Scoring.Scored scored = score(facts(Map.of()), weights(ONLY_DUTIES_AND_SATISFACTION), List.of());
        // duties: 15 of 30 days beats 3 of 12 services -> 50; satisfaction: mean 4 of 5 -> 80
        assertEquals(0, new BigDecimal("50").compareTo(line(scored, "duties").score()));
        assertEquals(0, new BigDecimal("80").compareTo(line(scored, "satisfaction").score()));
        assertEquals(new BigDecimal("57.50"), scored.total(), "(50*30 + 80*10) / 40");
        assertEquals(new BigDecimal("0.7500"), line(scored, "duties").effectiveWeight());
        assertEquals(2, scored.lines().size(), "a dimension weighted 0 is left out");
    }

    @Test
    void R_EVAL_1_aDimensionWithoutDataOrInputGivesItsWeightToTheOthers() {
        Scoring.Scored scored = score(facts(Map.of()), EvaluationSettings.DEFAULTS, List.of());
        CriterionLine organisation = line(scored, "organisation");
        assertEquals(LineStatus.NOT_SCORED, organisation.status());
        assertNull(organisation.score());
        assertEquals(0, organisation.effectiveWeight().signum());
        // duties 50 (30), results: 3 services * 2 = 6 (25), satisfaction 80 (20): (1500 + 150 + 1600) / 75
        assertEquals(new BigDecimal("43.33"), scored.total());

        Scoring.Scored withInputs = score(facts(Map.of("organisation", new BigDecimal("90"),
                "publicity", new BigDecimal("70"), "satisfaction", new BigDecimal("100"))),
                EvaluationSettings.DEFAULTS, List.of());
        assertEquals(LineStatus.SCORED, line(withInputs, "organisation").status());
        assertEquals(0, new BigDecimal("100").compareTo(line(withInputs, "satisfaction").score()),
                "a survey input takes the place of the ratings");
    }

    @Test
    void R_EVAL_1_aCountysLocalCriterionCountsWithItsWeight() {
        Scoring.Scored scored = score(facts(Map.of()), weights(ONLY_DUTIES_AND_SATISFACTION),
                List.of(local("wuzhi-demo-bases", 20, d -> CriterionScore.of(100, "示范基地 2 个"))));
        CriterionLine local = line(scored, "wuzhi-demo-bases");
        assertEquals(LineStatus.SCORED, local.status());
        assertEquals("io.tepai.test 1.0.0", local.source());
        assertEquals(new BigDecimal("71.67"), scored.total(), "(50*30 + 80*10 + 100*20) / 60");
    }

    @Test
    void aCriterionThatThrowsReturnsGarbageOrHangsFailsAloneAndTheTotalComesFromTheOthers() {
        AtomicInteger hangingCalls = new AtomicInteger();
        List<LocalCriterion> broken = List.of(
                local("throws", 10, d -> {
                    throw new IllegalStateException("database of the county is down");
                }),
                local("nothing", 10, d -> null),
                local("too-high", 10, d -> CriterionScore.of(150, "oops")),
                local("hangs", 10, d -> {
                    hangingCalls.incrementAndGet();
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return CriterionScore.of(1, "late");
                }));
        EvaluationSettings settings = weights(ONLY_DUTIES_AND_SATISFACTION);
        PluginCalls calls = new PluginCalls(workers, settings.timeoutMillis());
        Scoring.Scored first = Scoring.score(facts(Map.of()), settings, broken, calls);
        Scoring.Scored second = Scoring.score(facts(Map.of()), settings, broken, calls);

        for (String id : List.of("throws", "nothing", "too-high", "hangs")) {
            assertEquals(LineStatus.FAILED, line(first, id).status(), id);
            assertTrue(line(first, id).explanation().startsWith("Criterion " + id + " failed"), id);
        }
        assertTrue(line(first, "throws").explanation().contains("database of the county is down"));
        Scoring.Scored chatty = Scoring.score(facts(Map.of()), settings, List.of(local("chatty", 10, d -> {
            throw new IllegalStateException("x".repeat(5000));
        })), calls);
        assertTrue(line(chatty, "chatty").explanation().length() <= 500, "a failure's text fits its column");
        assertTrue(line(first, "too-high").explanation().contains("outside 0..100"));
        assertTrue(line(first, "hangs").explanation().contains("no answer within 200 ms"));
        assertTrue(line(second, "hangs").explanation().contains("ran out of time earlier"));
        assertEquals(1, hangingCalls.get(), "a criterion that timed out is not called again in the computation");
        assertEquals(new BigDecimal("57.50"), first.total(), "failed lines carry no weight");
    }
}
