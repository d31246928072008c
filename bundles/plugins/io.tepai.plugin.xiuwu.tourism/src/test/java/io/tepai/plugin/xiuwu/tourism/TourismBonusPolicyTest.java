package io.tepai.plugin.xiuwu.tourism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.Subject;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.spi.incentive.Incentive;
import io.tepai.spi.incentive.PublishedResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** R-INC-2: 修武县's rural tourism bonus for excellent and good specialists serving tourism. */
class TourismBonusPolicyTest {

    private final TourismBonusPolicy policy = new TourismBonusPolicy();

    @Test
    void describesItselfAsTheModuleCountiesEnable() {
        assertEquals("xiuwu-tourism-bonus", policy.id());
        assertTrue(policy.id().matches("[a-z0-9][a-z0-9-]{0,39}"));
        assertEquals("乡村旅游服务奖励", policy.nameZh());
    }

    @Test
    void anExcellentTourismSpecialistGetsFiveThousandYuan() {
        List<Incentive> granted = policy.grants(result(SubjectKind.SPECIALIST, Grade.EXCELLENT, Set.of("乡村旅游")));

        assertEquals(1, granted.size());
        Incentive bonus = granted.get(0);
        assertEquals("bonus", bonus.kind());
        assertEquals(new BigDecimal("5000"), bonus.amountCny());
        assertEquals("修武县乡村旅游服务奖励：2026 年度考核优秀，服务乡村旅游产业，奖励 5000 元（县财政支付）", bonus.description());
    }

    @Test
    void aGoodSpecialistServingAnyTourismIndustryGetsTwoThousandYuan() {
        List<Incentive> granted = policy.grants(result(SubjectKind.SPECIALIST, Grade.GOOD, Set.of("太行山水旅游", "怀药")));

        assertEquals(new BigDecimal("2000"), granted.get(0).amountCny());
        assertTrue(granted.get(0).description().contains("服务太行山水旅游产业"));
    }

    @ParameterizedTest
    @EnumSource(value = Grade.class, names = {"PASS", "FAIL"})
    void passAndFailGetNothing(Grade grade) {
        assertEquals(List.of(), policy.grants(result(SubjectKind.SPECIALIST, grade, Set.of("乡村旅游"))));
    }

    @Test
    void anExcellentSpecialistOutsideTourismGetsNothing() {
        assertEquals(List.of(), policy.grants(result(SubjectKind.SPECIALIST, Grade.EXCELLENT, Set.of("怀山药", "电商"))));
        assertEquals(List.of(), policy.grants(result(SubjectKind.SPECIALIST, Grade.EXCELLENT, Set.of())));
    }

    @Test
    void teamsAndCountiesGetNothingFromAPolicyForSpecialists() {
        assertEquals(List.of(), policy.grants(result(SubjectKind.TEAM, Grade.EXCELLENT, Set.of("乡村旅游"))));
        assertEquals(List.of(), policy.grants(result(SubjectKind.COUNTY_WORK, Grade.EXCELLENT, Set.of("乡村旅游"))));
    }

    private static PublishedResult result(SubjectKind kind, Grade grade, Set<String> industries) {
        Subject subject = new Subject(kind, "12", "张丽", "xiuwu", "jzu", "city", industries);
        return new PublishedResult(3, 2026, subject, grade, new BigDecimal("88.50"), Map.of(), new BigDecimal("34"));
    }
}
