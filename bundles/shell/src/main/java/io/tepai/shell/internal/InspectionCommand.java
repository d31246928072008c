package io.tepai.shell.internal;

import io.tepai.api.NotFoundException;
import io.tepai.api.PageRequest;
import io.tepai.api.funding.Inspection;
import io.tepai.api.funding.InspectionService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "inspection",
        description = "Shows what an inspection of the use of funding found (R-FUND-4): each drawn allocation with its "
                + "finding (in order, withheld, misused, fees charged to recipients), note and follow-up. Without an id, "
                + "the last inspection drawn.")
@Service
public class InspectionCommand extends TepaiAction {

    @Reference
    InspectionService inspections;

    @Argument(name = "id", description = "The inspection's numeric id, as listed by tepai:inspections; the last one "
            + "if not given")
    @Completion(InspectionCompleter.class)
    Long id;

    @Override
    void run() {
        Inspection inspection = id != null ? inspections.get(actor(), id) : last();
        System.out.println("Inspection " + inspection.id() + " of " + inspection.year() + ": " + inspection.items()
                .size() + " of " + inspection.population() + " allocations drawn " + Formats.instant(inspection.drawnAt())
                + " by " + inspection.drawnBy() + ", seed " + inspection.seed());
        Table table = new Table();
        table.column("#").alignRight();
        table.column("Allocation").alignRight();
        table.column("Finding");
        table.column("Note").maxSize(40).wrap();
        table.column("Follow-up").maxSize(40).wrap();
        table.column("Recorded by");
        int position = 1;
        for (Inspection.Item item : inspection.items()) {
            table.addRow().addContent(position++, item.allocationId(),
                    item.finding() == null ? "not yet recorded" : item.finding(), Formats.text(item.note()),
                    Formats.text(item.followUp()), Formats.text(item.recordedBy()));
        }
        table.print(System.out);
    }

    /** The newest inspection the account may read; none yet is a state to tell, not an empty table. */
    private Inspection last() {
        return inspections.inspections(actor(), null, new PageRequest(1, 1)).items().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No inspection has been drawn yet"));
    }
}
