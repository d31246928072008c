package io.tepai.shell.internal;

import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.funding.Inspection;
import io.tepai.api.funding.InspectionDraft;
import io.tepai.api.funding.InspectionService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "inspection-draw",
        description = "Draws allocations of a programme year at random for inspection (R-FUND-4) and prints the draw "
                + "with its seed; the same seed over the same allocations draws the same sample.")
@Service
public class InspectionDrawCommand extends TepaiAction {

    @Reference
    InspectionService inspections;

    @Reference
    ProgrammeCalendar calendar;

    @Argument(name = "size", required = true, description = "How many allocations to draw, 1 to 200")
    int size;

    @Option(name = "--year", aliases = "-y", description = "Programme year; the one running today if not given")
    Integer year;

    @Option(name = "--seed", aliases = "-s", description = "The random seed, to repeat a draw; a new one if not given")
    Long seed;

    @Override
    void run() {
        Inspection drawn = inspections.draw(actor(), new InspectionDraft(calendar.yearOrCurrent(year), size, seed));
        Table table = new Table();
        table.column("#").alignRight();
        table.column("Allocation").alignRight();
        for (int i = 0; i < drawn.items().size(); i++) {
            table.addRow().addContent(i + 1, drawn.items().get(i).allocationId());
        }
        table.print(System.out);
        System.out.println("Inspection " + drawn.id() + ": " + drawn.items().size() + " of " + drawn.population()
                + " allocations of " + drawn.year() + ", seed " + drawn.seed());
    }
}
