package io.tepai.rest.internal;

import io.tepai.api.dispatch.Coverage;
import io.tepai.api.dispatch.Coverage.CountyCoverage;
import io.tepai.api.dispatch.Coverage.CoveringSpecialist;
import io.tepai.api.dispatch.Coverage.CoveringTeam;
import io.tepai.api.dispatch.Coverage.IndustryCoverage;
import java.util.stream.Stream;

/**
 * The coverage matrix (R-GOAL-1) as CSV for spreadsheets ({@link Csv}): one row per county and leading industry, gaps
 * included. The matrix counts the covering specialists ({@code specialist_count}); it names them only when it lists
 * them, which {@code CoverageService#coverage} no longer does (issue 17).
 */
final class CoverageCsv {

    static final String HEADER = "county,county_name,industry,covered,teams,specialists,specialist_count";

    private CoverageCsv() {
    }

    static Csv csv(Coverage coverage) {
        Csv csv = new Csv(HEADER);
        for (CountyCoverage county : coverage.counties()) {
            for (IndustryCoverage cell : county.industries()) {
                csv.row(county.county(), county.countyName(), cell.industry(), cell.covered() ? "yes" : "no",
                        joined(cell.teams().stream().map(CoveringTeam::name)),
                        joined(cell.specialists().stream().map(CoverageCsv::specialist)),
                        String.valueOf(cell.specialistCount()));
            }
        }
        return csv;
    }

    private static String specialist(CoveringSpecialist specialist) {
        return specialist.level() == null ? specialist.name() : specialist.name() + " (" + specialist.level() + ")";
    }

    /** Distinct, because a team or person reaching a cell by two routes is still one name to the reader. */
    private static String joined(Stream<String> names) {
        return Csv.joined(names.distinct());
    }
}
