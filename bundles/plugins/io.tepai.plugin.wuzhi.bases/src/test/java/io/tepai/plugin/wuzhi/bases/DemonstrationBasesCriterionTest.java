package io.tepai.plugin.wuzhi.bases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.spi.evaluation.CriterionScore;
import io.tepai.spi.evaluation.Subject;
import io.tepai.spi.evaluation.SubjectData;
import io.tepai.spi.evaluation.SubjectData.BaseRecord;
import io.tepai.spi.evaluation.SubjectData.ServiceRecord;
import io.tepai.spi.evaluation.SubjectKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** R-EVAL-1: 武陟县's local criterion scores demonstration bases built in the programme year. */
class DemonstrationBasesCriterionTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final Subject GUO = new Subject(SubjectKind.SPECIALIST, "7", "郭明亮", "wuzhi", "hpu", "city",
            Set.of("四大怀药"));

    private final DemonstrationBasesCriterion criterion = new DemonstrationBasesCriterion();

    @Test
    void describesItselfAsTheModuleCountiesEnable() {
        assertEquals("wuzhi-demo-bases", criterion.id());
        assertTrue(criterion.id().matches("[a-z0-9][a-z0-9-]{0,39}"));
        assertEquals(Set.of(SubjectKind.SPECIALIST, SubjectKind.COUNTY_WORK), criterion.appliesTo());
        assertEquals(10, criterion.defaultWeight());
    }

    @Test
    void eachBaseBuiltThisYearAndEachBaseServiceAddsPoints() {
        CriterionScore score = criterion.score(data(GUO, 1,
                List.of(base("wuzhi", LocalDate.of(2026, 3, 1)), base("wuzhi", LocalDate.of(2026, 9, 30))),
                List.of(baseService("wuzhi"), baseService("wuzhi"), baseService("wuzhi"), baseService("wuzhi"),
                        baseService("wuzhi"))));

        assertEquals(new BigDecimal("75.00"), score.score());
        assertEquals("本年度新建示范基地 2 个，示范基地建设服务 5 次", score.explanation());
    }

    @Test
    void nothingBuiltScoresZeroButStillCounts() {
        CriterionScore score = criterion.score(data(GUO, 1, List.of(), List.of()));

        assertTrue(score.applies());
        assertEquals(new BigDecimal("0.00"), score.score());
        assertEquals("本年度新建示范基地 0 个，示范基地建设服务 0 次", score.explanation());
    }

    @Test
    void scoreIsCappedAtOneHundred() {
        List<BaseRecord> six = IntStream.rangeClosed(1, 6)
                .mapToObj(month -> base("wuzhi", LocalDate.of(2026, month, 1)))
                .toList();

        assertEquals(new BigDecimal("100.00"), criterion.score(data(GUO, 1, six, List.of())).score());
    }

    @Test
    void basesOfOtherYearsAndOtherCountiesDoNotCount() {
        CriterionScore score = criterion.score(data(GUO, 1,
                List.of(base("wuzhi", LocalDate.of(2025, 12, 31)), base("wuzhi", LocalDate.of(2027, 1, 1)),
                        base("xiuwu", LocalDate.of(2026, 5, 1)), base("wuzhi", TO)),
                List.of(baseService("xiuwu"), service("TECHNICAL_GUIDANCE", "wuzhi"))));

        assertEquals(new BigDecimal("25.00"), score.score());
        assertEquals("本年度新建示范基地 1 个，示范基地建设服务 0 次", score.explanation());
    }

    @Test
    void basesWithoutADateAreNamedInTheExplanationButNotCounted() {
        CriterionScore score = criterion.score(data(GUO, 1, List.of(base("wuzhi", null)), List.of()));

        assertEquals(new BigDecimal("0.00"), score.score());
        assertEquals("本年度新建示范基地 0 个，示范基地建设服务 0 次；另有 1 个基地建立日期不详，未计入", score.explanation());
    }

    @Test
    void aCountysWorkIsScoredPerSpecialistDispatchedThere() {
        Subject wuzhi = new Subject(SubjectKind.COUNTY_WORK, "wuzhi", "武陟县", "wuzhi", null, null, Set.of());
        CriterionScore score = criterion.score(data(wuzhi, 4,
                List.of(base("wuzhi", LocalDate.of(2026, 4, 1)), base("wuzhi", LocalDate.of(2026, 6, 1))),
                List.of(baseService("wuzhi"), baseService("wuzhi"))));

        // (2 × 25 + 2 × 5) / 4 specialists
        assertEquals(new BigDecimal("15.00"), score.score());
        assertEquals("本年度新建示范基地 2 个，示范基地建设服务 2 次（科技特派员 4 人）", score.explanation());
    }

    @Test
    void aCountyWithNobodyDispatchedIsNotJudged() {
        Subject empty = new Subject(SubjectKind.COUNTY_WORK, "wuzhi", "武陟县", "wuzhi", null, null, Set.of());

        CriterionScore score = criterion.score(data(empty, 0, List.of(), List.of()));

        assertFalse(score.applies());
    }

    private static SubjectData data(Subject subject, int specialists, List<BaseRecord> bases,
                                    List<ServiceRecord> services) {
        return new SubjectData(subject, 2026, FROM, TO, specialists, services, List.of(), List.of(), bases, 0,
                Map.of());
    }

    private static BaseRecord base(String county, LocalDate established) {
        return new BaseRecord("怀山药示范基地", county, established);
    }

    private static ServiceRecord baseService(String county) {
        return service("DEMONSTRATION_BASE", county);
    }

    private static ServiceRecord service(String kind, String county) {
        LocalDate day = LocalDate.of(2026, 5, 10);
        return new ServiceRecord(day, day, BigDecimal.ONE, kind, county, 1, 5, Map.of());
    }
}
