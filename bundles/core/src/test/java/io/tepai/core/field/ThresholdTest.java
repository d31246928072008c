package io.tepai.core.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.field.ProgressStatus;
import io.tepai.spi.tier.ServiceThreshold;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** R-SVC-2: days or services, either suffices; on track by the share of the year elapsed. */
class ThresholdTest {

    private static final ServiceThreshold CITY = new ServiceThreshold(new BigDecimal("30"), 12);

    private static ProgressStatus status(String days, int services, double share) {
        return Threshold.status(CITY, new BigDecimal(days), services, share);
    }

    @Test
    void R_SVC_2_eitherCriterionMeetsTheThreshold() {
        assertEquals(ProgressStatus.MET, status("30", 0, 0.5));
        assertEquals(ProgressStatus.MET, status("0.5", 12, 0.5));
        assertEquals(ProgressStatus.BEHIND, status("29.5", 11, 1.0));
    }

    @Test
    void R_SVC_2_fulfilmentIsTheBetterOfDaysAndServices() {
        assertEquals(0.5, Threshold.fulfilled(CITY, new BigDecimal("15"), 3));
        assertEquals(0.75, Threshold.fulfilled(CITY, new BigDecimal("3"), 9));
        assertEquals(2.0, Threshold.fulfilled(CITY, new BigDecimal("60"), 0), "not capped: callers cap it");
        assertEquals(0.0, Threshold.fulfilled(new ServiceThreshold(new BigDecimal("120"), 0), BigDecimal.ZERO, 500),
                "a zero part is not a criterion");
        assertEquals(0.0, Threshold.fulfilled(ServiceThreshold.none(), new BigDecimal("30"), 12));
    }

    @Test
    void R_SVC_2_aZeroPartIsNotACriterion() {
        ServiceThreshold daysOnly = new ServiceThreshold(new BigDecimal("120"), 0);

        assertEquals(ProgressStatus.BEHIND, Threshold.status(daysOnly, new BigDecimal("10"), 500, 1.0));
        assertEquals(ProgressStatus.MET, Threshold.status(daysOnly, new BigDecimal("120"), 0, 0.2));
    }

    @Test
    void R_SVC_2_onTrackIsTheShareOfTheYearRoundedDownToHalfDaysAndWholeServices() {
        // half the year: 15 days or 6 services are due
        assertEquals(ProgressStatus.ON_TRACK, status("15", 0, 0.5));
        assertEquals(ProgressStatus.ON_TRACK, status("0", 6, 0.5));
        assertEquals(ProgressStatus.BEHIND, status("14.5", 5, 0.5));
        // on the first day nothing is due yet
        assertEquals(ProgressStatus.ON_TRACK, status("0", 0, 1.0 / 365));
    }

    @Test
    void theExplanationSaysWhatIsDoneAndWhatIsDue() {
        String text = Threshold.explain(CITY, new BigDecimal("14.5"), 5, 0.5, ProgressStatus.BEHIND);

        assertTrue(text.contains("14.5 of 30 field days or 5 of 12 services"), text);
        assertTrue(text.contains("50% of the year elapsed"), text);
        assertTrue(text.contains("15.0 days or 6 services"), text);
        assertTrue(text.endsWith("behind"), text);
    }

    /** Issue 12.10: progress explained itself in English only; the county officials read Chinese. */
    @Test
    void R_SVC_2_theExplanationIsAlsoGivenInChinese() {
        String behind = Threshold.explainZh(CITY, new BigDecimal("14.5"), 5, 0.5, ProgressStatus.BEHIND);
        assertEquals("已确认服务 14.5 / 30 天或 5 / 12 次；本年度已过 50%，按进度应达 15.0 天或 6 次，进度落后", behind);
        assertEquals("已达标：已确认服务 31 / 30 天或 2 / 12 次",
                Threshold.explainZh(CITY, new BigDecimal("31"), 2, 0.5, ProgressStatus.MET));
        assertTrue(Threshold.explainZh(CITY, new BigDecimal("15"), 0, 0.5, ProgressStatus.ON_TRACK)
                .endsWith("进度正常"));
    }
}
