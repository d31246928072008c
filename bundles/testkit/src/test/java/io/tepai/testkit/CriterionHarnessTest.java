package io.tepai.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.guard.CriterionLines.Line;
import io.tepai.guard.CriterionLines.Status;
import io.tepai.spi.evaluation.CriterionScore;
import io.tepai.spi.evaluation.EvaluationCriterion;
import io.tepai.spi.evaluation.SubjectData;
import io.tepai.testing.TestCriterion;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The harness shows the line a round would (issue 19): the behaviours the SPI javadoc documents. */
class CriterionHarnessTest {

    private final CountDownLatch never = new CountDownLatch(1);

    @AfterEach
    void release() {
        never.countDown();
    }

    private static SubjectDataBuilder guo() {
        return SubjectDataBuilder.of(SubjectBuilder.specialist("7", "郭明亮").county("wuzhi"));
    }

    private static EvaluationCriterion criterion(Function<SubjectData, CriterionScore> scorer) {
        return new TestCriterion("wuzhi-test", scorer);
    }

    @Test
    void R_EVAL_1_aScoreIsRoundedHalfUpToTwoDecimalsAndShownWithItsName() {
        Line line = CriterionHarness.of(criterion(d -> new CriterionScore(new BigDecimal("66.665"), "三次服务")))
                .run(guo());

        assertEquals(Status.SCORED, line.status());
        assertEquals(new BigDecimal("66.67"), line.score());
        assertEquals("测试指标 (wuzhi-test): SCORED 66.67 — 三次服务", line.toString());
    }

    @Test
    void nanAndANullExplanationSurfaceAsThrew() {
        Line nan = CriterionHarness.of(criterion(d -> CriterionScore.of(0 / 0.0, "除以零"))).run(guo());
        Line nullExplanation = CriterionHarness.of(criterion(d -> CriterionScore.of(50, null))).run(guo());

        assertEquals(Status.FAILED, nan.status());
        assertTrue(nan.explanation().startsWith("Criterion wuzhi-test failed: threw NumberFormatException"),
                nan.explanation());
        assertEquals("Criterion wuzhi-test failed: threw NullPointerException: explanation",
                nullExplanation.explanation());
    }

    @Test
    void aScoreOutOfRangeOrNoScoreFailsTheLine() {
        assertEquals("Criterion wuzhi-test failed: returned a score outside 0..100",
                CriterionHarness.of(criterion(d -> CriterionScore.of(100.01, "太多"))).run(guo()).explanation());
        assertEquals("Criterion wuzhi-test failed: returned no score",
                CriterionHarness.of(criterion(d -> null)).run(guo()).explanation());
    }

    @Test
    void afterATimeoutTheLineShowsTheIdWhereTheNameWouldBe() {
        Line line = CriterionHarness.of(criterion(d -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return CriterionScore.of(100, "迟到");
        })).timeLimit(Duration.ofMillis(100)).run(guo());

        assertEquals(Status.FAILED, line.status());
        assertEquals("Criterion wuzhi-test failed: no answer within 100 ms", line.explanation());
        assertEquals("wuzhi-test", line.nameZh());
        assertNull(line.score());
    }

    @Test
    void notApplicableIsNotScoredWithItsExplanation() {
        Line line = CriterionHarness.of(criterion(d -> CriterionScore.notApplicable("无可评"))).run(guo());

        assertEquals(Status.NOT_SCORED, line.status());
        assertEquals("无可评", line.explanation());
    }

    @Test
    void aSubjectTheCriterionDoesNotApplyToIsRefusedAsTepaiWouldNeverAskIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CriterionHarness.of(criterion(d -> CriterionScore.of(1, "x")))
                        .run(SubjectDataBuilder.of(SubjectBuilder.countyWork("wuzhi", "武陟县"))));

        assertTrue(e.getMessage().contains("COUNTY_WORK"), e.getMessage());
    }

    @Test
    void theBuildersFillInWhatTepaiWould() {
        SubjectData data = guo().year(2025)
                .service(ServiceBuilder.on(LocalDate.of(2025, 5, 4)).recipients("COOPERATIVE", "FAMILY_FARM")
                        .industries("四大怀药").rating(5))
                .base("大封镇怀山药示范基地", LocalDate.of(2025, 3, 1))
                .build();

        assertEquals(LocalDate.of(2025, 1, 1), data.from());
        assertEquals(LocalDate.of(2025, 12, 31), data.to());
        assertEquals(1, data.specialists());
        assertEquals(1, data.members().size());
        SubjectData.ServiceRecord service = data.services().get(0);
        assertEquals("wuzhi", service.county());
        assertEquals("7", service.specialist());
        assertEquals(2, service.recipients());
        assertEquals(LocalDate.of(2025, 5, 4), service.end());
        assertEquals("wuzhi", data.bases().get(0).county());
        assertEquals(1, data.servicesBySpecialist().get("7").size());

        SubjectData county = SubjectDataBuilder.of(SubjectBuilder.countyWork("wenxian", "温县").industries("四大怀药"))
                .member(SubjectBuilder.specialist("7", "郭明亮").county("wenxian"))
                .member(SubjectBuilder.specialist("9", "李华").county("wenxian"))
                .service(ServiceBuilder.on(LocalDate.of(2026, 4, 1)).by("9"))
                .build();
        assertEquals(2, county.specialists());
        assertEquals(0, county.servicesBySpecialist().get("7").size());
        assertEquals(1, county.servicesBySpecialist().get("9").size());
    }
}
