package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tepai.guard.CriterionLines.Line;
import io.tepai.guard.CriterionLines.Status;
import io.tepai.testkit.CriterionHarness;
import io.tepai.testkit.ServiceBuilder;
import io.tepai.testkit.SubjectBuilder;
import io.tepai.testkit.SubjectDataBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Runs the criterion as a Tepai round does (io.tepai.testkit) and checks the line it would show. */
class LocalCriterionTest {

    private static SubjectDataBuilder specialist() {
        return SubjectDataBuilder.of(SubjectBuilder.specialist("7", "郭明亮").county("${county}")
                .industries("四大怀药"));
    }

    @Test
    void twoOfThreeServicesToTheLeadingIndustryScoreTwoThirds() {
        Line line = CriterionHarness.of(new LocalCriterion()).run(specialist()
                .service(ServiceBuilder.on(LocalDate.of(2026, 3, 2)).industries("四大怀药"))
                .service(ServiceBuilder.on(LocalDate.of(2026, 4, 6)).industries("四大怀药"))
                .service(ServiceBuilder.on(LocalDate.of(2026, 5, 4)).industries("小麦良种")));

        assertEquals(Status.SCORED, line.status());
        assertEquals(new BigDecimal("66.67"), line.score(), "Tepai rounds half-up to two decimals");
        assertEquals("确认服务 3 次，其中服务主导产业 2 次", line.explanation());
        assertEquals("主导产业服务占比", line.nameZh());
    }

    @Test
    void noServiceIsNotScored() {
        assertEquals(Status.NOT_SCORED, CriterionHarness.of(new LocalCriterion()).run(specialist()).status());
    }
}
