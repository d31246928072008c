package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.dispatch.Coverage;
import io.tepai.api.dispatch.Coverage.CountyCoverage;
import io.tepai.api.dispatch.Coverage.CoveringSpecialist;
import io.tepai.api.dispatch.Coverage.CoveringTeam;
import io.tepai.api.dispatch.Coverage.Gap;
import io.tepai.api.dispatch.Coverage.IndustryCoverage;
import io.tepai.spi.tier.SupportLevel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageCsvTest {

    private static final IndustryCoverage SERVED = new IndustryCoverage("四大怀药",
            List.of(new CoveringTeam(1, "四大怀药产业服务团", "agreement:3")),
            List.of(new CoveringSpecialist(7, "郭明亮", SupportLevel.CITY, "assignment"),
                    new CoveringSpecialist(8, "李振华", SupportLevel.PROVINCE, "field:怀山药栽培")),
            true);
    private static final IndustryCoverage GAP = new IndustryCoverage("小麦良种", List.of(), List.of(), false);
    /** A name with a comma and quotes, and a team name that Excel would run as a formula. */
    private static final IndustryCoverage AWKWARD = new IndustryCoverage("旅游, \"云台山\"",
            List.of(new CoveringTeam(2, "=HYPERLINK(1)", "county-team")), List.of(), true);
    private static final Coverage COVERAGE = new Coverage(2026,
            List.of(new CountyCoverage("wuzhi", "武陟县", List.of(SERVED, GAP), List.of()),
                    new CountyCoverage("xiuwu", "修武县", List.of(AWKWARD), List.of())),
            3, 2, List.of(new Gap("wuzhi", "武陟县", "小麦良种")), List.of());

    @Test
    void startsWithAByteOrderMarkAndTheHeaderAndEndsLinesWithCrLf() {
        String csv = CoverageCsv.csv(COVERAGE).text();
        assertTrue(csv.startsWith("\uFEFFcounty,county_name,industry,covered,teams,specialists,specialist_count\r\n"));
        assertTrue(csv.endsWith("\r\n"));
        assertFalse(csv.replace("\r\n", "").contains("\n"), "no bare line feeds");
        byte[] bytes = CoverageCsv.csv(COVERAGE).bytes();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals(csv, new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void oneRowPerCountyAndIndustryWithGapsAsUncoveredRows() {
        String[] lines = CoverageCsv.csv(COVERAGE).text().split("\r\n");
        assertEquals(4, lines.length);
        assertEquals("wuzhi,武陟县,四大怀药,yes,四大怀药产业服务团,郭明亮 (CITY); 李振华 (PROVINCE),2",
                lines[1]);
        assertEquals("wuzhi,武陟县,小麦良种,no,,,0", lines[2]);
        assertEquals("xiuwu,修武县,\"旅游, \"\"云台山\"\"\",yes,'=HYPERLINK(1),,0", lines[3]);
    }
}
