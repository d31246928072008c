package io.tepai.shell.internal;

import io.tepai.api.Page;
import io.tepai.api.funding.Inspection;
import io.tepai.api.funding.InspectionService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "inspections",
        description = "Lists the random inspections of the use of funding (R-FUND-4), newest first, with their seed "
                + "and how many of the drawn allocations have a finding; tepai:inspection shows one in full. The city "
                + "office and the auditor read them.")
@Service
public class InspectionsCommand extends PagedListCommand<Inspection> {

    @Reference
    InspectionService inspections;

    @Option(name = "--year", aliases = "-y", description = "Only the inspections of this programme year")
    Integer year;

    @Override
    Page<Inspection> fetch() {
        return inspections.inspections(actor(), year, pageRequest());
    }

    @Override
    void columns(Table table) {
        table.column("Id").alignRight();
        table.column("Year").alignRight();
        table.column("Drawn");
        table.column("By");
        table.column("Drawn of").alignRight();
        table.column("Seed").alignRight();
        table.column("Findings").alignRight();
    }

    @Override
    Object[] cells(Inspection i) {
        long found = i.items().stream().filter(item -> item.finding() != null).count();
        return new Object[] {i.id(), i.year(), Formats.instant(i.drawnAt()), i.drawnBy(),
                i.items().size() + " of " + i.population(), i.seed(), found + " of " + i.items().size()};
    }

    @Override
    String noun() {
        return "inspection";
    }
}
