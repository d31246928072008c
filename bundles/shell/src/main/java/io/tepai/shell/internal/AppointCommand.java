package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.intake.Appointee;
import io.tepai.api.intake.Intake;
import io.tepai.api.intake.IntakeService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "appoint",
        description = "Appoints an intake's candidates once its public notice has ended and every objection is "
                + "resolved (R-REC-2): each becomes ACTIVE with a term (聘期), and the appointment list is public. "
                + "With --list, shows the appointment list only.")
@Service
public class AppointCommand extends TepaiAction {

    @Reference
    IntakeService intakes;

    @Argument(name = "id", description = "The intake's numeric id", required = true)
    @Completion(IntakeCompleter.class)
    long id;

    @Option(name = "--list", aliases = "-l", description = "Only show the appointment list")
    boolean list;

    @Option(name = "--on", description = "The day of the appointment (default today)")
    String on;

    @Option(name = "--term-start", description = "First day of the term (default the appointment day, or the "
            + "intake's year's first day if later)")
    String termStart;

    @Option(name = "--term-end", description = "Last day of the term (default the last day of the intake's year)")
    String termEnd;

    @Override
    void run() {
        Actor actor = actor();
        if (!list) {
            Intake intake = intakes.get(id);
            Intake appointed = intakes.appoint(actor, id, intake.version(), parseDay("on", on),
                    parseDay("term-start", termStart), parseDay("term-end", termEnd));
            System.out.println("Intake " + id + " appointed on " + appointed.appointedOn());
        }
        Page<Appointee> page = intakes.appointees(id, new PageRequest(1, PageRequest.MAX_SIZE));
        Table table = new Table();
        table.column("Id").alignRight();
        table.column("Name");
        table.column("Unit");
        table.column("Title");
        table.column("Term");
        for (Appointee a : page.items()) {
            table.addRow().addContent(a.specialistId(), a.name(), a.unitName() == null ? a.unitCode()
                    : a.unitName(), a.title(), Formats.term(a.termStart(), a.termEnd()));
        }
        table.print(System.out);
        System.out.println(Formats.footer(page, "appointee"));
    }
}
