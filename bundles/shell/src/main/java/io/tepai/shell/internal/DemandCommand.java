package io.tepai.shell.internal;

import io.tepai.api.PageRequest;
import io.tepai.api.demand.Demand;
import io.tepai.api.demand.DemandMatch;
import io.tepai.api.demand.DemandService;
import io.tepai.api.demand.DemandStep;
import io.tepai.api.Page;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "demand",
        description = "Shows one technology demand: what is needed, the contact person, its status, the experts' "
                + "candidate matches and its history, each step with who took it and when (R-DEM-1, R-DEM-2, "
                + "R-REC-3). Times are UTC.")
@Service
public class DemandCommand extends TepaiAction {

    @Reference
    DemandService demands;

    @Argument(name = "id", description = "The demand's numeric id, as listed by tepai:demands", required = true)
    @Completion(DemandCompleter.class)
    long id;

    @Override
    void run() {
        Demand d = demands.get(actor(), id);
        details(d);
        Page<DemandMatch> matches = demands.matches(actor(), id, new PageRequest(1, PageRequest.MAX_SIZE));
        System.out.println();
        System.out.println("Candidate matches: " + matches.total());
        if (!matches.items().isEmpty()) {
            Table table = new Table();
            table.column("Match").alignRight();
            table.column("Expert");
            table.column("Unit");
            table.column("Standing");
            table.column("Contacted");
            table.column("Recorded by");
            table.column("Confirmed");
            table.column("Note").maxSize(50).wrap();
            for (DemandMatch m : matches.items()) {
                table.addRow().addContent(m.id(), Formats.named(m.specialistId(), m.specialistName()), m.unitCode(),
                        m.specialistStatus(), m.contactedOn(), m.recordedBy(), m.confirmed() ? "yes" : "",
                        Formats.text(m.note()));
            }
            table.print(System.out);
        }
        System.out.println();
        System.out.println("History:");
        Table history = new Table();
        history.column("Time");
        history.column("Step");
        history.column("By");
        history.column("Note").maxSize(60).wrap();
        for (DemandStep s : demands.history(actor(), id)) {
            history.addRow().addContent(Formats.instantOrEmpty(s.at()), s.action(), s.actor(), Formats.text(s.note()));
        }
        history.print(System.out);
    }

    private static void details(Demand d) {
        Table table = new Table().noHeaders();
        table.column("Field");
        table.column("Value").maxSize(80).wrap();
        table.addRow().addContent("Id", d.id());
        table.addRow().addContent("County", d.county() + " " + d.year());
        table.addRow().addContent("Recipient", d.recipientId() == null ? Formats.text(d.recipientName())
                : Formats.named(d.recipientId(), d.recipientName()));
        table.addRow().addContent("Industry", d.industry());
        table.addRow().addContent("Need", Formats.text(d.need()));
        table.addRow().addContent("Contact", Formats.text(d.contactName()));
        table.addRow().addContent("Phone", d.contactPhone() == null ? "(not shown to this account)"
                : Formats.text(d.contactPhone()));
        table.addRow().addContent("Desired period", d.desiredFrom() == null && d.desiredTo() == null ? Formats.NONE
                : Formats.term(d.desiredFrom(), d.desiredTo()));
        table.addRow().addContent("Status", d.status());
        table.addRow().addContent("Matched expert", d.specialistId() == null ? Formats.NONE
                : Formats.named(d.specialistId(), d.specialistName()));
        table.addRow().addContent("Serving assignment", d.assignmentId() == null ? Formats.NONE : d.assignmentId());
        table.addRow().addContent("Published", Formats.instantOrEmpty(d.publishedAt()));
        table.addRow().addContent("Sample", Formats.yesNo(d.sample()));
        table.addRow().addContent("Version", d.version());
        table.print(System.out);
    }
}
