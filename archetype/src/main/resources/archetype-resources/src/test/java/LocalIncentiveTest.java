package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.incentive.Incentive;
import io.tepai.spi.incentive.PublishedResult;
import io.tepai.testkit.SubjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalIncentiveTest {

    private static PublishedResult result(Grade grade) {
        return new PublishedResult(1, 2026, SubjectBuilder.specialist("7", "郭明亮").county("${county}").build(), grade,
                new BigDecimal("91.50"), Map.of(), new BigDecimal("42.5"));
    }

    @Test
    void anExcellentResultIsCommendedAGoodOneIsNot() {
        LocalIncentive policy = new LocalIncentive();

        assertEquals(List.of(Incentive.of("commendation", "县科技局通报表扬：郭明亮")), policy.grants(result(Grade.EXCELLENT)));
        assertEquals(List.of(), policy.grants(result(Grade.GOOD)));
    }
}
