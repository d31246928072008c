package io.tepai.core.evaluation;

import static io.tepai.core.testing.Organisation.CITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.PageRequest;
import io.tepai.api.evaluation.CriterionLine;
import io.tepai.api.evaluation.EvaluationResult;
import io.tepai.api.evaluation.ResultFilter;
import io.tepai.api.evaluation.Round;
import io.tepai.api.evaluation.RoundDraft;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.module.PolicyModules.LocalCriterion;
import io.tepai.core.testing.Drafts;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.TestStore;
import io.tepai.core.tier.TierRegistry;
import io.tepai.spi.evaluation.CriterionScore;
import io.tepai.spi.evaluation.EvaluationCriterion;
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.SubjectData;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.store.entity.ServiceLogEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the city's UNIT and COUNTY_WORK rounds, whose subjects together cover the whole year's dispatch (850,000
 * specialists nationally), read it a chunk of specialists at a time and sum their service in the database
 * (R-EVAL-1..3): computed in chunks of three they score, rank and grade as in one chunk, and a COUNTY_WORK round no
 * criterion reads scores its counties as one whose records are listed for a county's criterion.
 */
class CityRoundsTest {

    private static final Instant JULY_2 = Instant.parse("2026-07-02T04:00:00Z");

    private TestStore db;
    private TierRegistry tiers;
    private final List<EvaluationServiceImpl> services = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        Organisation.units(db.store());
        tiers = Organisation.builtInTiers();
        Organisation.Specialists specialists = new Organisation.Specialists(db.store(), tiers);
        // eleven specialists of two units in 武陟县, every third also in 修武县, with service in both
        for (int i = 1; i <= 11; i++) {
            long id = specialists.create(Drafts.specialist().name("专家" + i).fields("小麦良种繁育")
                    .unitCode(i % 2 == 0 ? "hpu" : "jzu").status(SpecialistStatus.ACTIVE));
            assign(id, "wuzhi");
            if (i % 3 == 0) {
                assign(id, "xiuwu");
            }
            for (int month = 1; month <= 1 + i % 4; month++) {
                log(id, i % 3 == 0 && month % 2 == 0 ? "xiuwu" : "wuzhi", month, BigDecimal.valueOf(i + month),
                        month % 3 == 0 ? null : 1 + (i + month) % 5);
            }
        }
    }

    @AfterEach
    void tearDown() {
        services.forEach(EvaluationServiceImpl::stop);
        db.close();
    }

    private void assign(long specialist, String county) {
        Organisation.dispatch(db.store(), specialist, county, 2026, List.of());
    }

    private void log(long specialist, String county, int month, BigDecimal days, Integer rating) {
        db.store().write(repos -> {
            ServiceLogEntity log = new ServiceLogEntity(specialist, JULY_2);
            LocalDate start = LocalDate.of(2026, month, 1);
            log.setContent(county, Set.of(), start, start.plusDays(days.longValue()), days, "TECHNICAL_GUIDANCE",
                    "服务", month % 2 == 0 ? Map.of("techniques-introduced", BigDecimal.ONE) : Map.of());
            log.setStatus("CONFIRMED");
            log.setConfirmation(county, JULY_2, rating, "");
            return repos.logs().add(log);
        });
    }

    private EvaluationServiceImpl service(int chunkSize, FakeModules modules) {
        MutableClock clock = new MutableClock(JULY_2);
        EvaluationServiceImpl service = new EvaluationServiceImpl(db.store(), tiers,
                ProgrammeCalendarService.calendarYear(clock), modules, clock, chunkSize);
        service.configure(new HashMap<>(Map.of()));
        services.add(service);
        return service;
    }

    /** What a result says of its subject's score and grade; the built-in lines only. */
    private record Seen(BigDecimal total, int rank, Grade computed, Grade grade, String capNote,
                        List<CriterionLine> builtIn) {
    }

    private static Map<String, Seen> results(EvaluationServiceImpl service, long round) {
        Map<String, Seen> byKey = new TreeMap<>();
        for (EvaluationResult r : service.results(CITY, new ResultFilter(round, null, null, null, null, null),
                new PageRequest(1, 200)).items()) {
            byKey.put(r.subject().key(), new Seen(r.totalScore(), r.rank(), r.computedGrade(), r.grade(),
                    r.capNote(), r.breakdown().stream().filter(l -> Scoring.BUILT_IN.equals(l.source())).toList()));
        }
        return byKey;
    }

    private record Computed(long round, Map<String, Seen> results) {
    }

    /**
     * Creates the city's round of this kind and computes it with {@code first}, which must read the logs only as sums,
     * then with {@code second}: the round and every result must be the same. The answer is the first's results.
     */
    private Computed computedAlike(EvaluationServiceImpl first, EvaluationServiceImpl second, SubjectKind kind) {
        long round = first.create(CITY, new RoundDraft(2026, kind, null)).id();
        Round[] computed = new Round[1];
        assertOnlySums(db.statements().sqlDuring(() -> computed[0] = first.compute(CITY, round)));
        Map<String, Seen> results = results(first, round);
        Round again = second.compute(CITY, round);
        assertEquals(summary(computed[0]), summary(again));
        assertEquals(results, results(second, round));
        return new Computed(round, results);
    }

    /** No statement of the computation reads a log as such: the service is summed (GROUP BY) per chunk. */
    private static void assertOnlySums(List<String> sql) {
        List<String> logReads = sql.stream().map(String::toUpperCase).filter(q -> q.contains("FROM SERVICE_LOG"))
                .toList();
        assertTrue(logReads.size() >= 2 && logReads.stream().allMatch(q -> q.contains("GROUP BY")),
                logReads.toString());
    }

    private static CriterionLine line(Seen seen, String criterion) {
        return seen.builtIn().stream().filter(l -> l.criterionId().equals(criterion)).findFirst().orElseThrow();
    }

    private static List<Object> summary(Round round) {
        return List.of(round.status(), round.stale(), round.subjects(), round.gradeCounts(), round.excellentQuota(),
                round.problems());
    }

    @Test
    void R_EVAL_3_aUnitRoundComputedInChunksOfThreeEqualsOneComputedInOneChunk() {
        Computed computed = computedAlike(service(3, new FakeModules()), service(1000, new FakeModules()),
                SubjectKind.UNIT);

        Map<String, Seen> inChunks = computed.results();
        assertEquals(Set.of("hpu", "jzu"), inChunks.keySet());
        assertTrue(line(inChunks.get("hpu"), BuiltInCriteria.RESULTS).explanation().contains("（5 名特派员人均计分）"),
                inChunks.get("hpu").builtIn().toString());
    }

    /** A county's criterion that reads counties' work and weighs nothing: its subjects' records are then listed. */
    private static LocalCriterion readingCountiesWork() {
        return new LocalCriterion(new EvaluationCriterion() {
            @Override
            public String id() {
                return "wuzhi-work";
            }

            @Override
            public String nameZh() {
                return "县域工作";
            }

            @Override
            public String nameEn() {
                return "County work";
            }

            @Override
            public Set<SubjectKind> appliesTo() {
                return Set.of(SubjectKind.COUNTY_WORK);
            }

            @Override
            public CriterionScore score(SubjectData data) {
                return CriterionScore.of(data.services().isEmpty() ? 0 : 100, data.services().size() + " 次服务");
            }
        }, "wuzhi-work", "io.tepai.test 1.0.0", 0);
    }

    @Test
    void R_EVAL_1_R_EVAL_3_aCountyWorkRoundNoCriterionReadsScoresAsOneWhoseRecordsAreListed() {
        EvaluationServiceImpl listed = service(1000, new FakeModules().enable("wuzhi", readingCountiesWork()));
        Computed computed = computedAlike(service(3, new FakeModules()), listed, SubjectKind.COUNTY_WORK);

        Map<String, Seen> fromSums = computed.results();
        long round = computed.round();
        assertTrue(listed.results(CITY, new ResultFilter(round, null, null, null, null, null),
                        new PageRequest(1, 200)).items().stream()
                .filter(r -> r.subject().key().equals("wuzhi")).findFirst().orElseThrow().breakdown().stream()
                .anyMatch(l -> l.criterionId().equals("wuzhi-work") && l.explanation().equals("25 次服务")),
                "the criterion saw 武陟县's services listed");
        assertTrue(line(fromSums.get("xiuwu"), BuiltInCriteria.RESULTS).explanation().contains("（3 名特派员人均计分）"),
                fromSums.get("xiuwu").builtIn().toString());
    }
}
