package io.tepai.shell.internal;

import io.tepai.api.Page;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.specialist.Specialist;
import io.tepai.api.specialist.Classification;
import io.tepai.api.specialist.SpecialistFilter;
import io.tepai.api.specialist.SpecialistService;
import io.tepai.api.specialist.SpecialistStatus;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "specialists",
        description = "Lists specialists (科技特派员), one page at a time; all given filters must match.")
@Service
public class SpecialistsCommand extends PagedListCommand<Specialist> {

    @Reference
    SpecialistService specialists;

    /** Which year's dispatch --county asks about when no --year is given. */
    @Reference
    ProgrammeCalendar calendar;

    @Option(name = "--county", aliases = "-c",
            description = "Code of a county the specialist is dispatched to in the year (R-REC-3), e.g. wuzhi")
    @Completion(CountyCompleter.class)
    String county;

    @Option(name = "--year", aliases = "-y",
            description = "Programme year of the --county dispatch; the one running today if not given")
    Integer year;

    @Option(name = "--unit", aliases = "-u", description = "Code of the dispatching unit, e.g. hpu")
    @Completion(UnitCompleter.class)
    String unit;

    @Option(name = "--tier", aliases = "-t", description = "Tier id, e.g. city")
    @Completion(TierCompleter.class)
    String tier;

    @Option(name = "--status", aliases = "-s", description = "Programme status, e.g. ACTIVE")
    @Completion(StatusCompleter.class)
    String status;

    @Option(name = "--field", aliases = "-f", description = "Text to find in the fields of expertise")
    String field;

    @Option(name = "--text", aliases = "-q", description = "Text to find in name, title and fields")
    String text;

    @Option(name = "--guidance-class", aliases = "-g",
            description = "Guidance class (R-TIER-2): PUBLIC_WELFARE (公益服务) or RURAL_ENTREPRENEURSHIP (农村创业)")
    @Completion(ClassificationCompleter.class)
    String guidanceClass;

    @Override
    Page<Specialist> fetch() {
        SpecialistFilter filter = new SpecialistFilter(county, unit, tier,
                parseEnum(SpecialistStatus.class, "status", status), field, text, calendar.yearOrCurrent(year),
                parseEnum(Classification.class, "guidance-class", guidanceClass));
        return specialists.search(filter, pageRequest());
    }

    @Override
    void columns(Table table) {
        table.column("Id").alignRight();
        table.column("Name");
        table.column("Unit");
        table.column("Tier");
        table.column("Title");
        table.column("Class");
        table.column("Wished counties").maxSize(40).wrap();
        table.column("Status");
    }

    @Override
    Object[] cells(Specialist s) {
        return new Object[] {s.id(), s.name(), s.unitCode(), s.tierId(), s.title(), s.classification(),
                Formats.list(s.counties()), s.status()};
    }

    @Override
    String noun() {
        return "specialist";
    }
}
