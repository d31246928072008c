package io.tepai.shell.internal;

import io.tepai.api.TepaiException;
import io.tepai.api.field.CoordinationRequest;
import io.tepai.api.field.RecipientService;
import io.tepai.api.field.RequestService;
import io.tepai.api.field.RequestStep;
import io.tepai.api.specialist.SpecialistService;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "request",
        description = "Shows one coordination request (R-ESC-1): the problem, who holds it, the members assigned "
                + "and every timestamped step. Times are UTC.")
@Service
public class RequestCommand extends TepaiAction {

    @Reference
    RequestService requests;

    @Reference
    RecipientService recipients;

    @Reference
    SpecialistService specialists;

    @Argument(name = "id", description = "The request's numeric id, as listed by tepai:requests", required = true)
    long id;

    @Override
    void run() {
        CoordinationRequest r = requests.get(id);
        details(r);
        System.out.println();
        System.out.println("Steps: " + r.steps().size());
        if (!r.steps().isEmpty()) {
            steps(r.steps());
        }
    }

    private void details(CoordinationRequest r) {
        Table table = new Table().noHeaders();
        table.column("Field");
        table.column("Value").maxSize(80).wrap();
        table.addRow().addContent("Id", r.id());
        table.addRow().addContent("Specialist", Formats.named(r.specialistId(), r.specialistName()));
        table.addRow().addContent("County", r.county());
        table.addRow().addContent("Recipient", r.recipientId() == null ? Formats.NONE : recipient(r.recipientId()));
        table.addRow().addContent("Problem", Formats.text(r.problem()));
        table.addRow().addContent("Urgency", r.urgency());
        table.addRow().addContent("Status", r.status());
        table.addRow().addContent("Holder", Formats.text(r.holder()));
        table.addRow().addContent("Assigned members", members(r.assignedMembers()));
        table.addRow().addContent("Raised", Formats.instantOrEmpty(r.raisedAt()));
        table.addRow().addContent("Overdue", Formats.yesNo(r.overdue()));
        table.addRow().addContent("Sample", Formats.yesNo(r.sample()));
        table.addRow().addContent("Version", r.version());
        table.print(System.out);
    }

    /** Names make the row readable; a record that cannot be read is shown by its id, so the request still shows. */
    private String recipient(long recipientId) {
        try {
            return Formats.named(recipientId, recipients.get(recipientId).name());
        } catch (TepaiException e) {
            return Long.toString(recipientId);
        }
    }

    private String members(List<Long> ids) {
        if (ids.isEmpty()) {
            return Formats.NONE;
        }
        return Formats.list(ids.stream().map(memberId -> {
            try {
                return Formats.named(memberId, specialists.get(memberId).name());
            } catch (TepaiException e) {
                return Long.toString(memberId);
            }
        }).toList());
    }

    private static void steps(List<RequestStep> steps) {
        Table table = new Table();
        table.column("Time");
        table.column("Action");
        table.column("Actor");
        table.column("Holder");
        table.column("Note").maxSize(60).wrap();
        for (RequestStep s : steps) {
            table.addRow().addContent(Formats.instantOrEmpty(s.at()), s.action(), s.actor(), Formats.text(s.holder()),
                    Formats.text(s.note()));
        }
        table.print(System.out);
    }
}
