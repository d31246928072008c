package io.tepai.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.ConflictException;
import io.tepai.api.PageRequest;
import io.tepai.store.entity.CriterionLineRow;
import io.tepai.store.entity.EvaluationResultEntity;
import io.tepai.store.entity.EvaluationRoundEntity;
import io.tepai.store.entity.IncentiveGrantEntity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rounds, results with their lines and inputs, and grants survive a round trip through the V006 schema. */
class EvaluationRepositoryTest {

    private InMemoryDatabase db;
    private long roundId;

    @BeforeEach
    void seed() {
        db = InMemoryDatabase.withStore();
        roundId = db.store().write(repos -> {
            EvaluationRoundEntity round = repos.evaluations().add(new EvaluationRoundEntity(2026, "SPECIALIST",
                    "wuzhi", "county:wuzhi", "wuzhi", Entities.CREATED));
            EvaluationResultEntity result = new EvaluationResultEntity(round.getId(), "7");
            result.describe("张三", "wuzhi", "hpu", "city", "四大怀药\n小麦");
            result.score(new BigDecimal("31.5"), new BigDecimal("88.25"), List.of(
                    new CriterionLineRow("duties", "工作履职", "Duties", "built-in", 25, new BigDecimal("0.3125"),
                            new BigDecimal("90.00"), "SCORED", "31.5 天"),
                    new CriterionLineRow("publicity", "宣传报道", "Publicity", "built-in", 10, BigDecimal.ZERO,
                            null, "NOT_SCORED", "无输入")));
            result.grade(1, "GOOD", "GOOD", "");
            result.getInputs().put("organisation", new BigDecimal("80"));
            repos.evaluations().add(result);
            return round.getId();
        });
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void resultKeepsItsLinesInOrderAndItsInputs() {
        EvaluationResultEntity result = db.store().read(repos -> {
            EvaluationResultEntity r = repos.evaluations().resultsOf(roundId).get(0);
            r.getLines().size();
            r.getInputs().size();
            return r;
        });
        assertEquals(List.of("duties", "publicity"),
                result.getLines().stream().map(CriterionLineRow::getCriterionId).toList());
        assertEquals(null, result.getLines().get(1).getScore());
        assertEquals(0, new BigDecimal("80").compareTo(result.getInputs().get("organisation")));
        assertEquals("四大怀药\n小麦", result.getIndustries());
    }

    /**
     * Issue 17: a round's computation reads its stored results as columns a page at a time by id: lines in order,
     * inputs, grades, and the next page after the last id.
     */
    @Test
    void storedResultsArePagedByIdWithTheirLinesInOrderAndTheirInputs() {
        CriterionLineRow line = new CriterionLineRow("duties", "工作履职", "Duties", "built-in", 30,
                new BigDecimal("0.5000"), new BigDecimal("60.00"), "SCORED", "18 天");
        db.store().write(repos -> repos.evaluations().writeScores(roundId, List.of(
                new EvaluationRepository.ScoredResult("8", "李四", "wuzhi", "hpu", "city", "", BigDecimal.ONE,
                        new BigDecimal("40.00"), "FAIL", List.of(line)))));

        List<EvaluationRepository.StoredResult> first = db.store().read(repos -> repos.evaluations()
                .storedPage(roundId, 0, 1));
        List<EvaluationRepository.StoredResult> second = db.store().read(repos -> repos.evaluations()
                .storedPage(roundId, first.get(0).id(), 1));
        List<EvaluationRepository.StoredResult> none = db.store().read(repos -> repos.evaluations()
                .storedPage(roundId, second.get(0).id(), 1));

        EvaluationRepository.StoredResult seven = first.get(0);
        assertEquals("7", seven.scored().subjectKey());
        assertEquals(List.of("duties", "publicity"),
                seven.scored().lines().stream().map(CriterionLineRow::getCriterionId).toList());
        assertEquals(null, seven.scored().lines().get(1).getScore());
        assertEquals(0, new BigDecimal("80").compareTo(seven.inputs().get("organisation")));
        assertEquals(0, new BigDecimal("88.25").compareTo(seven.scored().total()));
        assertEquals("四大怀药\n小麦", seven.scored().industries());
        assertEquals(1, seven.rank());
        assertEquals("GOOD", seven.grade());
        assertEquals(null, seven.adjustedTo());
        assertEquals("8", second.get(0).scored().subjectKey());
        assertEquals(java.util.Map.of(), second.get(0).inputs());
        assertEquals(1, second.get(0).scored().lines().size());
        assertEquals(List.of(), none);
    }

    /**
     * Issue 17, V019: a unit's or a county's field days are a sum over thousands of specialists and overflowed
     * DECIMAL(7,1); written by the unit of work and by the batches, 12,345,678.9 comes back whole.
     */
    @Test
    void aNationalSumOfFieldDaysRoundTrips() {
        BigDecimal national = new BigDecimal("12345678.9");
        db.store().write(repos -> {
            EvaluationResultEntity unit = new EvaluationResultEntity(roundId, "hpu");
            unit.describe("河南理工大学", null, "hpu", null, "");
            unit.score(national, new BigDecimal("75.00"), List.of());
            unit.grade(2, "GOOD", "GOOD", "");
            return repos.evaluations().add(unit);
        });
        db.store().write(repos -> repos.evaluations().writeScores(roundId, List.of(new EvaluationRepository
                .ScoredResult("county", "武陟县", "wuzhi", null, null, "", national.add(BigDecimal.ONE),
                new BigDecimal("70.00"), "GOOD", List.of()))));

        List<EvaluationResultEntity> results = db.store().read(repos -> repos.evaluations().resultsOf(roundId));
        assertEquals(0, national.compareTo(results.stream().filter(r -> r.getSubjectKey().equals("hpu"))
                .findFirst().orElseThrow().getFieldDays()));
        assertEquals(0, new BigDecimal("12345679.9").compareTo(results.stream()
                .filter(r -> r.getSubjectKey().equals("county")).findFirst().orElseThrow().getFieldDays()));
    }

    /**
     * Issue 17: a chunk of results is written in batches, replacing an existing result's lines but keeping its
     * inputs; grades follow by id, and the round's grades are counted in the database.
     */
    @Test
    void scoresAndGradesAreWrittenInBatchesAndCountedByGrade() {
        CriterionLineRow line = new CriterionLineRow("duties", "工作履职", "Duties", "built-in", 30,
                new BigDecimal("0.5000"), new BigDecimal("60.00"), "SCORED", "18 天");
        java.util.Map<String, Long> ids = db.store().write(repos -> repos.evaluations().writeScores(roundId, List.of(
                new EvaluationRepository.ScoredResult("7", "张三", "wuzhi", "hpu", "city", "四大怀药",
                        new BigDecimal("18.0"), new BigDecimal("60.00"), "PASS", List.of(line)),
                new EvaluationRepository.ScoredResult("8", "李四", "wuzhi", "hpu", "city", "", BigDecimal.ONE,
                        new BigDecimal("40.00"), "FAIL", List.of(line, line)))));
        db.store().write(repos -> {
            repos.evaluations().writeGrades(List.of(
                    new EvaluationRepository.GradedResult(ids.get("7"), 1, "PASS", "PASS", ""),
                    new EvaluationRepository.GradedResult(ids.get("8"), 2, "FAIL", "FAIL", "")));
            return null;
        });

        EvaluationResultEntity seven = db.store().read(repos -> {
            EvaluationResultEntity r = repos.evaluations().result(ids.get("7")).orElseThrow();
            r.getLines().size();
            r.getInputs().size();
            return r;
        });
        assertEquals(List.of("duties"), seven.getLines().stream().map(CriterionLineRow::getCriterionId).toList());
        assertEquals(0, new BigDecimal("80").compareTo(seven.getInputs().get("organisation")), "inputs stay");
        assertEquals("PASS", seven.getGrade());
        assertEquals(0, new BigDecimal("18.0").compareTo(seven.getFieldDays()));
        assertEquals(java.util.Map.of("PASS", 1L, "FAIL", 1L),
                db.store().read(repos -> repos.evaluations().gradeCounts(roundId)));
        assertEquals(3, db.count("SELECT COUNT(*) FROM evaluation_line"));
    }

    @Test
    void oneRoundPerYearKindAndEvaluator() {
        assertThrows(ConflictException.class, () -> db.store().write(repos -> repos.evaluations().add(
                new EvaluationRoundEntity(2026, "SPECIALIST", "wuzhi", "county:wuzhi", "city", Entities.CREATED))));
    }

    @Test
    void publicListHoldsOnlyPublishedRounds() {
        assertEquals(0L, (long) db.store().read(repos -> repos.evaluations()
                .results(null, 2026, null, null, null, null, true, PageRequest.first()).total()));
        db.store().write(repos -> {
            repos.evaluations().round(roundId).orElseThrow().setStatus("PUBLISHED");
            return null;
        });
        assertEquals(1L, (long) db.store().read(repos -> repos.evaluations()
                .results(null, 2026, "SPECIALIST", null, "hpu", "GOOD", true, PageRequest.first()).total()));
    }

    @Test
    void theLastCertificateNumberIsTheLongestThenTheHighestUnderItsPrefix() {
        db.store().write(repos -> {
            EvaluationRoundEntity round = repos.evaluations().round(roundId).orElseThrow();
            EvaluationResultEntity result = repos.evaluations().resultsOf(roundId).get(0);
            result.setCertificateNo("JZKTP-2026-0007");
            repos.evaluations().add(new IncentiveGrantEntity(round, result, "green-channel", "built-in",
                    "green-channel", "绿色通道", null, Entities.CREATED));
            return null;
        });
        assertEquals(Optional.of("JZKTP-2026-0007"),
                db.store().read(repos -> repos.evaluations().lastCertificateNo("JZKTP-2026-")));
        assertEquals(Optional.empty(), db.store().read(repos -> repos.evaluations().lastCertificateNo("JZKTP-2025-")));
        assertTrue(db.store().read(repos -> repos.evaluations()
                .grants(2026, null, "wuzhi", "hpu", "green-channel", PageRequest.first()).total()) == 1);

        db.store().write(repos -> {
            repos.evaluations().resultsOf(roundId).get(0).setCertificateNo("JZKTP-2026-10000");
            EvaluationResultEntity other = new EvaluationResultEntity(roundId, "8");
            other.describe("李四", "wuzhi", "hpu", "city", "小麦");
            other.score(BigDecimal.ONE, BigDecimal.ONE, List.of());
            other.grade(2, "FAIL", "FAIL", "");
            other.setCertificateNo("JZKTP-2026-9999");
            repos.evaluations().add(other);
            return null;
        });
        assertEquals(Optional.of("JZKTP-2026-10000"),
                db.store().read(repos -> repos.evaluations().lastCertificateNo("JZKTP-2026-")),
                "10000 comes after 9999 although it sorts before it as text");
    }
}
