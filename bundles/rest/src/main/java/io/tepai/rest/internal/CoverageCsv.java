package io.tepai.rest.internal;

import io.tepai.api.dispatch.Coverage;
import io.tepai.api.dispatch.Coverage.CountyCoverage;
import io.tepai.api.dispatch.Coverage.CoveringSpecialist;
import io.tepai.api.dispatch.Coverage.CoveringTeam;
import io.tepai.api.dispatch.Coverage.IndustryCoverage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The coverage matrix (R-GOAL-1) as CSV for spreadsheets: one row per county and leading industry, gaps included.
 * RFC 4180 (CRLF, quoted where needed) in UTF-8 with a byte order mark, because Excel reads a CSV without one in the
 * system's ANSI code page and garbles the Chinese names.
 */
final class CoverageCsv {

    static final String MEDIA_TYPE = "text/csv";
    static final String HEADER = "county,county_name,industry,covered,teams,specialists";
    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    private CoverageCsv() {
    }

    static byte[] bytes(Coverage coverage) {
        return text(coverage).getBytes(StandardCharsets.UTF_8);
    }

    static String text(Coverage coverage) {
        StringBuilder csv = new StringBuilder(BOM).append(HEADER).append(CRLF);
        for (CountyCoverage county : coverage.counties()) {
            for (IndustryCoverage cell : county.industries()) {
                row(csv, county.county(), county.countyName(), cell.industry(), cell.covered() ? "yes" : "no",
                        joined(cell.teams().stream().map(CoveringTeam::name)),
                        joined(cell.specialists().stream().map(CoverageCsv::specialist)));
            }
        }
        return csv.toString();
    }

    private static String specialist(CoveringSpecialist specialist) {
        return specialist.level() == null ? specialist.name() : specialist.name() + " (" + specialist.level() + ")";
    }

    /** Distinct, because a team or person reaching a cell by two routes is still one name to the reader. */
    private static String joined(Stream<String> names) {
        return names.distinct().collect(Collectors.joining("; "));
    }

    private static void row(StringBuilder csv, String... fields) {
        csv.append(List.of(fields).stream().map(CoverageCsv::field).collect(Collectors.joining(","))).append(CRLF);
    }

    /**
     * Quotes a field per RFC 4180. A field that a spreadsheet would run as a formula (leading =, +, -, @, tab or
     * CR) is prefixed with an apostrophe: the names come from users, and this file is made to be opened in Excel.
     */
    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
