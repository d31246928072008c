package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tepai.api.field.Progress;
import io.tepai.api.field.ProgressStatus;
import io.tepai.api.field.SpecialistProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressCsvTest {

    private static final SpecialistProgress MET = new SpecialistProgress(7, "郭明亮", "hpu", "city",
            new BigDecimal("30"), 12, new BigDecimal("31.5"), 9, ProgressStatus.MET,
            "met: 31.5 of 30 field days or 9 of 12 services", "已确认服务 31.5 / 30 天或 9 / 12 次，已达标");
    private static final SpecialistProgress BEHIND = new SpecialistProgress(8, "李振华", "henau", "city",
            new BigDecimal("30.0"), 12, new BigDecimal("4.0"), 2, ProgressStatus.BEHIND,
            "4 of 30 field days or 2 of 12 services; 60% of the year elapsed, on track needs 18.0 days or "
                    + "7 services — behind");
    private static final SpecialistProgress NONE = new SpecialistProgress(9, "王芳", "hpu", "hpu-own",
            BigDecimal.ZERO, 0, new BigDecimal("2.0"), 1, ProgressStatus.NO_THRESHOLD,
            "the tier sets no threshold; 2 field days and 1 services confirmed");

    @Test
    void oneRowPerSpecialistWithThresholdsAndTheExplanationInEnglishAndChinese() {
        Progress progress = new Progress(2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 8, 7), 0.6, List.of(MET, BEHIND, NONE), List.of(BEHIND), List.of());
        String[] lines = ProgressCsv.csv(progress).text().split("\r\n", -1);
        assertEquals("\uFEFFspecialist_id,name,unit,tier,min_field_days,min_services,field_days,services,status,"
                + "explanation,explanation_zh", lines[0]);
        assertEquals("7,郭明亮,hpu,city,30,12,31.5,9,MET,met: 31.5 of 30 field days or 9 of 12 services,"
                + "已确认服务 31.5 / 30 天或 9 / 12 次，已达标", lines[1]);
        assertEquals("8,李振华,henau,city,30.0,12,4.0,2,BEHIND,"
                + "\"4 of 30 field days or 2 of 12 services; 60% of the year elapsed, on track needs 18.0 days or "
                + "7 services — behind\",\"4 of 30 field days or 2 of 12 services; 60% of the year elapsed, on track "
                + "needs 18.0 days or 7 services — behind\"", lines[2]);
        assertEquals("9,王芳,hpu,hpu-own,0,0,2.0,1,NO_THRESHOLD,"
                + "the tier sets no threshold; 2 field days and 1 services confirmed,"
                + "the tier sets no threshold; 2 field days and 1 services confirmed", lines[3]);
        assertEquals(List.of(""), List.of(lines).subList(4, lines.length), "the file ends with CRLF");
    }
}
