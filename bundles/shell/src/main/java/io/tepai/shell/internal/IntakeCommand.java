package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.intake.Intake;
import io.tepai.api.intake.IntakeDraft;
import io.tepai.api.intake.IntakeService;
import io.tepai.api.intake.Registration;
import io.tepai.api.intake.SelectionStep;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "intake",
        description = "Shows an intake: its status and notice, the registration form (报名统计表, R-REC-1) as the "
                + "account may read it, and (city office, auditor) the selection steps (R-REC-2). With --open and no "
                + "id, the city office opens a new intake.")
@Service
public class IntakeCommand extends TepaiAction {

    @Reference
    IntakeService intakes;

    @Argument(name = "id", description = "The intake's numeric id, as listed by tepai:intakes")
    @Completion(IntakeCompleter.class)
    Long id;

    @Option(name = "--open", description = "Open a new intake with this title, e.g. 2027年焦作市科技特派员选聘")
    String open;

    @Option(name = "--deadline", aliases = "-d", description = "With --open: the registration deadline, e.g. 2027-03-31")
    String deadline;

    @Option(name = "--year", aliases = "-y", description = "With --open: the programme year (default: current)")
    Integer year;

    @Override
    void run() {
        Actor actor = actor();
        if (open != null) {
            Intake opened = intakes.open(actor, new IntakeDraft(year, open, parseDay("deadline", deadline)));
            System.out.println("Opened intake " + opened.id() + ": " + opened.title() + ", deadline "
                    + opened.deadline());
            return;
        }
        if (id == null) {
            throw ValidationException.of("id", "name the intake's id, or --open a new one with --deadline");
        }
        Intake intake = intakes.get(id);
        System.out.println("Intake " + intake.id() + ": " + intake.title() + " (" + intake.year() + ")");
        System.out.println("Status:   " + intake.status() + ", deadline " + intake.deadline());
        if (intake.noticeStart() != null) {
            System.out.println("Notice:   " + Formats.term(intake.noticeStart(), intake.noticeEnd()) + " ("
                    + intake.noticeWorkingDays() + " working days)");
        }
        if (intake.appointedOn() != null) {
            System.out.println("Appointed " + intake.appointedOn());
        }
        Page<Registration> forms = intakes.registrations(actor, id, null, null, new PageRequest(1,
                PageRequest.MAX_SIZE));
        Table table = new Table();
        table.column("Reg").alignRight();
        table.column("Candidate");
        table.column("Unit");
        table.column("Demands");
        table.column("Confirmed");
        table.column("Status");
        table.column("Reason").maxSize(30).wrap();
        for (Registration r : forms.items()) {
            table.addRow().addContent(r.id(), Formats.named(r.specialistId(), r.name()), r.unitCode(),
                    r.demandIds(), r.confirmedBy() + " " + r.confirmedOn(), r.status(), r.dropReason());
        }
        table.print(System.out);
        System.out.println(Formats.footer(forms, "registration"));
        if (actor.isCity() || actor.hasRole(Actor.ROLE_AUDITOR)) {
            List<SelectionStep> steps = intakes.steps(actor, id);
            for (SelectionStep step : steps) {
                long dropped = step.candidates().stream().filter(c -> !c.passed()).count();
                System.out.println(step.heldOn() + " " + step.kind() + ": " + step.decision() + " — "
                        + step.participants() + (dropped > 0 ? " (" + dropped + " dropped)" : ""));
            }
        }
    }
}
