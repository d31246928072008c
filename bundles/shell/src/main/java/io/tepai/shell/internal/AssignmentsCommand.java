package io.tepai.shell.internal;

import io.tepai.api.Page;
import io.tepai.api.ValidationException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.dispatch.Assignment;
import io.tepai.api.dispatch.AssignmentFilter;
import io.tepai.api.dispatch.AssignmentService;
import io.tepai.spi.tier.SupportLevel;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "assignments",
        description = "Lists dispatch assignments (which specialist serves which county in which year, at which "
                + "level), one page at a time; all given filters must match. Shows the current year unless "
                + "--year or --all-years is given.")
@Service
public class AssignmentsCommand extends PagedListCommand<Assignment> {

    @Reference
    AssignmentService assignments;

    /** Which year is current: the programme's, which need not start on 1 January. */
    @Reference
    ProgrammeCalendar calendar;

    @Option(name = "--county", aliases = "-c", description = "Code of the receiving county, e.g. wuzhi")
    @Completion(CountyCompleter.class)
    String county;

    @Option(name = "--year", aliases = "-y", description = "Programme year; the one running today if not given")
    Integer year;

    @Option(name = "--all-years", aliases = "-a", description = "Every year instead of the current one")
    boolean allYears;

    @Option(name = "--specialist", aliases = "-i", description = "The specialist's numeric id")
    Long specialist;

    @Option(name = "--unit", aliases = "-u", description = "Code of the specialist's dispatching unit, e.g. hpu")
    @Completion(UnitCompleter.class)
    String unit;

    @Option(name = "--level", aliases = "-l", description = "Level of support, e.g. CITY")
    @Completion(SupportLevelCompleter.class)
    String level;

    /** The year listed, null for all years; set by {@link #fetch()} for the footer. */
    private Integer years;

    @Override
    Page<Assignment> fetch() {
        if (allYears && year != null) {
            throw ValidationException.of("year", "cannot be combined with --all-years");
        }
        // county staff mostly work on this year's dispatch, so that is the default, unlike GET /api/assignments
        years = allYears ? null : calendar.yearOrCurrent(year);
        AssignmentFilter filter = new AssignmentFilter(county, years, specialist, unit,
                parseEnum(SupportLevel.class, "level", level));
        return assignments.search(filter, pageRequest());
    }

    @Override
    void columns(Table table) {
        table.column("Id").alignRight();
        table.column("Year");
        table.column("County");
        table.column("Specialist").alignRight();
        table.column("Name");
        table.column("Unit");
        table.column("Level");
        table.column("Industries").maxSize(30).wrap();
        table.column("Recipients").maxSize(30).wrap();
        table.column("Exception").maxSize(30).wrap();
    }

    @Override
    Object[] cells(Assignment a) {
        return new Object[] {a.id(), a.year(), a.county(), a.specialistId(), a.specialistName(),
                a.unitCode(), a.level(), Formats.zhList(a.industries()), Formats.zhList(a.recipients()),
                a.exceptionReason() == null ? "" : a.exceptionReason()};
    }

    @Override
    String noun() {
        return "assignment";
    }

    @Override
    String footer(Page<Assignment> result) {
        // the year is said because it applies even when not typed
        return Formats.footer(result, "assignment") + (years == null ? ", all years" : ", year " + years);
    }
}
