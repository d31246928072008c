package io.tepai.core.evaluation;

import static io.tepai.core.testing.Organisation.WUZHI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.PageRequest;
import io.tepai.api.evaluation.EvaluationResult;
import io.tepai.api.evaluation.ResultFilter;
import io.tepai.api.evaluation.Round;
import io.tepai.api.evaluation.RoundDraft;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.module.PolicyModules.LocalCriterion;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.TestStore;
import io.tepai.core.tier.TierRegistry;
import io.tepai.spi.evaluation.CriterionScore;
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.store.entity.AssignmentEntity;
import io.tepai.store.entity.ServiceLogEntity;
import io.tepai.testing.TestCriterion;
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
 * Issue 17: a SPECIALIST round computed a chunk of subjects at a time (R-EVAL-1..3) ranks, grades and caps over the
 * whole round exactly as one pass over every subject does, and sends a fixed number of statements per chunk, not
 * per subject. The chunks here hold three or four subjects; in service a thousand.
 */
class RoundChunksTest {

    private static final Instant JULY_2 = Instant.parse("2026-07-02T04:00:00Z");
    private static final Map<String, Object> CONFIG = Map.of("weight.organisation", "0", "weight.results", "0",
            "weight.publicity", "0");

    private TestStore db;
    private TierRegistry tiers;
    private Organisation.Specialists specialists;
    private final FakeModules modules = new FakeModules();
    private final List<Long> wuzhi = new ArrayList<>();
    private final List<EvaluationServiceImpl> services = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        Organisation.units(db.store());
        tiers = Organisation.builtInTiers();
        specialists = new Organisation.Specialists(db.store(), tiers);
        for (int i = 1; i <= 11; i++) {
            addSpecialist(i);
        }
        // a local criterion that fails for some subjects: the round's problems gather them across chunks
        modules.enable("wuzhi", new LocalCriterion(new TestCriterion("wuzhi-test", d -> {
            if (Long.parseLong(d.subject().key()) % 3 == 0) {
                throw new IllegalStateException("no data for " + d.subject().name());
            }
            return CriterionScore.of(100, "满分");
        }), "wuzhi-test", "io.tepai.test 1.0.0", 10));
    }

    @AfterEach
    void tearDown() {
        services.forEach(EvaluationServiceImpl::stop);
        db.close();
    }

    private EvaluationServiceImpl service(int chunkSize) {
        MutableClock clock = new MutableClock(JULY_2);
        EvaluationServiceImpl service = new EvaluationServiceImpl(db.store(), tiers,
                ProgrammeCalendarService.calendarYear(clock), modules, clock, chunkSize);
        service.configure(new HashMap<>(CONFIG));
        services.add(service);
        return service;
    }

    /** The i-th specialist of 武陟县: 5·i confirmed field days, rated 3, 4 or 5 in turn. */
    private void addSpecialist(int i) {
        long id = specialists.active("武陟" + i);
        wuzhi.add(id);
        db.store().write(repos -> {
            AssignmentEntity assignment = new AssignmentEntity(JULY_2);
            assignment.setSpecialistId(id);
            assignment.setCountyCode("wuzhi");
            assignment.setYear(2026);
            assignment.setLevel("CITY");
            repos.assignments().add(assignment);
            ServiceLogEntity log = new ServiceLogEntity(id, JULY_2);
            LocalDate start = LocalDate.of(2026, 3, 1);
            log.setContent("wuzhi", Set.of(), start, start.plusDays(5L * i - 1), BigDecimal.valueOf(5L * i),
                    "TECHNICAL_GUIDANCE", "服务", Map.of());
            log.setStatus("CONFIRMED");
            log.setConfirmation("wuzhi", JULY_2, 3 + i % 3, "");
            return repos.logs().add(log);
        });
    }

    /** Everything a result says except its version, which every computation moves. */
    private record Seen(long id, BigDecimal total, int rank, Grade computed, Grade grade, String capNote,
                        List<?> lines, Map<String, BigDecimal> inputs, Grade adjustedTo) {
    }

    private Map<String, Seen> results(EvaluationServiceImpl service, long round) {
        Map<String, Seen> byKey = new TreeMap<>();
        service.results(WUZHI, new ResultFilter(round, null, null, null, null, null), new PageRequest(1, 200))
                .items().forEach(r -> byKey.put(r.subject().key(), seen(r)));
        return byKey;
    }

    private static Seen seen(EvaluationResult r) {
        return new Seen(r.id(), r.totalScore(), r.rank(), r.computedGrade(), r.grade(), r.capNote(), r.breakdown(),
                r.inputs(), r.adjustment() == null ? null : r.adjustment().to());
    }

    /** The round's summary without its version and times. */
    private static List<Object> summary(Round round) {
        return List.of(round.status(), round.stale(), round.subjects(), round.gradeCounts(), round.excellentQuota(),
                round.problems());
    }

    @Test
    void R_EVAL_3_aRoundComputedInChunksOfThreeEqualsOneComputedInOnePass() {
        EvaluationServiceImpl chunked = service(3);
        EvaluationServiceImpl whole = service(1000);
        long round = chunked.create(WUZHI, new RoundDraft(2026, SubjectKind.SPECIALIST, "wuzhi")).id();

        Round first = chunked.compute(WUZHI, round);
        Map<String, Seen> chunkedResults = results(chunked, round);
        Round again = whole.compute(WUZHI, round);
        assertEquals(summary(first), summary(again));
        assertEquals(chunkedResults, results(whole, round), "inserted in chunks vs updated in one pass");
        assertEquals(11, first.subjects());
        assertEquals(1, first.gradeCounts().get(Grade.EXCELLENT), "the cap holds over the round, not per chunk");
        assertEquals(1, first.problems().size(), first.problems().toString());
        long failing = wuzhi.stream().filter(id -> id % 3 == 0).count();
        assertTrue(first.problems().get(0).endsWith("(and " + (failing - 1) + " more subject(s))"),
                failing + " failing: " + first.problems());

        // what the evaluator set survives, and a subject no longer dispatched loses its result
        EvaluationResult last = whole.results(WUZHI, new ResultFilter(round, null, null, null, null, null),
                new PageRequest(1, 200)).items().stream().filter(r -> r.grade() == Grade.FAIL).findFirst()
                .orElseThrow();
        whole.adjust(WUZHI, last.id(), last.version(), Grade.PASS, "县里认可其示范作用");
        EvaluationResult fifth = whole.results(WUZHI, new ResultFilter(round, null, null, null, null, null),
                new PageRequest(1, 200)).items().stream().filter(r -> r.subject().key().equals(key(5)))
                .findFirst().orElseThrow();
        whole.setInputs(WUZHI, fifth.id(), fifth.version(), Map.of("organisation", new BigDecimal("90")));
        db.execute("DELETE FROM assignment WHERE specialist_id = " + key(4));
        // a changed record rewrites that subject's result in its chunk; the others are left as they are
        db.execute("UPDATE service_log SET field_days = 30 WHERE specialist_id = " + key(2));
        db.coldCache();
        BigDecimal secondBefore = chunkedResults.get(key(2)).total();

        Round chunkedAgain = chunked.compute(WUZHI, round);
        chunkedResults = results(chunked, round);
        Round wholeAgain = whole.compute(WUZHI, round);
        assertEquals(summary(chunkedAgain), summary(wholeAgain));
        assertEquals(chunkedResults, results(whole, round), "updated in chunks vs in one pass");
        assertEquals(10, chunkedAgain.subjects());
        assertTrue(chunkedResults.get(key(2)).total().compareTo(secondBefore) > 0, "30 days score more than 10");
        assertEquals(Grade.PASS, chunkedResults.get(String.valueOf(last.subject().key())).grade());
        assertEquals(0, new BigDecimal("90").compareTo(chunkedResults.get(key(5)).inputs().get("organisation")));
        assertEquals(0, db.count("SELECT COUNT(*) FROM evaluation_result WHERE subject_key = '" + key(4) + "'"));
        assertEquals(10, db.count("SELECT COUNT(*) FROM evaluation_result"));
    }

    private String key(int i) {
        return String.valueOf(wuzhi.get(i - 1));
    }

    /** Statements a cold recomputation of the round sends (every result exists: updates only). */
    private long recompute(EvaluationServiceImpl service, long round) {
        service.compute(WUZHI, round);
        db.coldCache();
        return db.statements().during(() -> service.compute(WUZHI, round));
    }

    @Test
    void aRoundSendsAFixedNumberOfStatementsPerChunkNotPerSubject() {
        EvaluationServiceImpl service = service(4);
        long round = service.create(WUZHI, new RoundDraft(2026, SubjectKind.SPECIALIST, "wuzhi")).id();
        long twelve;
        long nine;
        long eight;
        addSpecialist(12);
        twelve = recompute(service, round);
        db.execute("DELETE FROM assignment WHERE specialist_id IN (" + key(10) + ", " + key(11) + ", " + key(12)
                + ")");
        nine = recompute(service, round);
        db.execute("DELETE FROM assignment WHERE specialist_id = " + key(9));
        eight = recompute(service, round);

        assertEquals(twelve, nine, "three chunks of 4, 4 and 4 subjects vs 4, 4 and 1");
        long perChunk = nine - eight;
        // a chunk reads its results, specialists, dispatch and each kind of record once and writes three batches
        assertTrue(perChunk > 0 && perChunk <= 25, "statements of one chunk: " + perChunk);
    }

    /**
     * Issue 17: a recomputation over unchanged records compares each stored result with the new one and writes none
     * of them again (results, lines), with the stored results read as columns rather than entities.
     */
    @Test
    void R_EVAL_3_aRecomputationOfUnchangedRecordsRewritesNoResult() {
        EvaluationServiceImpl service = service(4);
        long round = service.create(WUZHI, new RoundDraft(2026, SubjectKind.SPECIALIST, "wuzhi")).id();
        service.compute(WUZHI, round);
        Map<String, Seen> before = results(service, round);
        db.coldCache();

        List<String> sql = db.statements().sqlDuring(() -> service.compute(WUZHI, round));

        List<String> rewrites = sql.stream().map(String::toUpperCase).filter(q -> q.startsWith("INSERT INTO EVALUATION")
                || q.startsWith("UPDATE EVALUATION_RESULT SET SUBJECT_NAME") || q.startsWith("DELETE FROM EVALUATION"))
                .toList();
        assertEquals(List.of(), rewrites);
        assertEquals(before, results(service, round));
    }
}
