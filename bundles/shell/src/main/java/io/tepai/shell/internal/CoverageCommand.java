package io.tepai.shell.internal;

import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.dispatch.Coverage;
import io.tepai.api.dispatch.Coverage.CountyCoverage;
import io.tepai.api.dispatch.Coverage.Gap;
import io.tepai.api.dispatch.Coverage.IndustryCoverage;
import io.tepai.api.dispatch.CoverageService;
import io.tepai.api.specialist.Classification;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "coverage",
        description = "Shows who serves each county's leading industries in a year, and where nobody does "
                + "(R-GOAL-1): teams through agreements or the county's own team, specialists through dispatch.")
@Service
public class CoverageCommand extends TepaiAction {

    @Reference
    CoverageService coverage;

    /** Which year is current: the programme's, which need not start on 1 January. */
    @Reference
    ProgrammeCalendar calendar;

    @Option(name = "--year", aliases = "-y", description = "Programme year; the one running today if not given")
    Integer year;

    @Option(name = "--gaps", aliases = "-g", description = "List only the county industries nobody serves")
    boolean gaps;

    @Option(name = "--classes", aliases = "-k",
            description = "Per county, how many specialists of each guidance class (R-TIER-2) are dispatched there")
    boolean classes;

    @Override
    void run() {
        Coverage matrix = coverage.coverage(calendar.yearOrCurrent(year));
        if (classes) {
            printClasses(matrix);
        } else if (gaps) {
            printGaps(matrix);
        } else {
            printMatrix(matrix);
        }
        // R-SQUAD-1: the city's overview names the squads without a captain or a liaison
        for (Coverage.IncompleteSquad squad : matrix.incompleteSquads()) {
            System.out.println("Squad incomplete: " + squad.countyName() + " (" + squad.county() + ") has no "
                    + String.join(" and no ", squad.missing()));
        }
        System.out.println(matrix.year() + ": covered " + matrix.covered() + " of " + matrix.cells()
                + " cells; gaps: " + matrix.gaps().size() + "; incomplete squads: " + matrix.incompleteSquads().size());
        if (!matrix.guidanceClasses().isEmpty()) {
            System.out.println("Dispatched by guidance class: " + Formats.classCounts(matrix.guidanceClasses()));
        }
    }

    /** R-TIER-2: one row per county, one column per guidance class. */
    private static void printClasses(Coverage matrix) {
        Table table = new Table();
        table.column("County");
        table.column("Name");
        for (Classification c : Classification.values()) {
            table.column(c.name()).alignRight();
        }
        for (CountyCoverage county : matrix.counties()) {
            List<Object> row = new ArrayList<>(List.of(county.county(), county.countyName()));
            county.guidanceClasses().forEach(count -> row.add(count.specialists()));
            table.addRow().addContent(row.toArray());
        }
        table.print(System.out);
    }

    private static void printMatrix(Coverage matrix) {
        Table table = new Table();
        table.column("County");
        table.column("Name");
        table.column("Industry");
        table.column("Covered");
        table.column("Teams").maxSize(30).wrap();
        table.column("Specialists").maxSize(40).wrap();
        for (CountyCoverage county : matrix.counties()) {
            for (IndustryCoverage cell : county.industries()) {
                table.addRow().addContent(county.county(), county.countyName(), cell.industry(),
                        // a gap is what the reader is looking for, so it is the one value in capitals
                        cell.covered() ? "yes" : "NO",
                        Formats.list(cell.teams().stream().map(Coverage.CoveringTeam::name).toList()),
                        specialists(cell));
            }
        }
        table.print(System.out);
    }

    /** The cell's specialists by name when it lists them, else how many there are (issue 17: the matrix counts). */
    private static String specialists(IndustryCoverage cell) {
        if (cell.specialists().isEmpty() && cell.specialistCount() > 0) {
            return cell.specialistCount() + " (GET /api/coverage/{county}?industry= names them)";
        }
        return Formats.list(cell.specialists().stream().map(s -> s.name() + " (" + s.level() + ")").toList());
    }

    private static void printGaps(Coverage matrix) {
        Table table = new Table();
        table.column("County");
        table.column("Name");
        table.column("Industry");
        for (Gap gap : matrix.gaps()) {
            table.addRow().addContent(gap.county(), gap.countyName(), gap.industry());
        }
        table.print(System.out);
    }
}
