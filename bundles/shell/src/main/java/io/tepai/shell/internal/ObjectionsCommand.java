package io.tepai.shell.internal;

import io.tepai.api.Page;
import io.tepai.api.intake.IntakeService;
import io.tepai.api.intake.Objection;
import io.tepai.api.intake.ObjectionStatus;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "objections",
        description = "Lists objections raised during public notices (R-REC-2), newest first; each must be resolved "
                + "(tepai:objection-resolve) before the appointment.")
@Service
public class ObjectionsCommand extends PagedListCommand<Objection> {

    @Reference
    IntakeService intakes;

    @Option(name = "--intake", aliases = "-i", description = "Only objections to this intake's notice")
    @Completion(IntakeCompleter.class)
    Long intake;

    @Option(name = "--status", aliases = "-s", description = "OPEN, UPHELD or DISMISSED")
    @Completion(ObjectionStatusCompleter.class)
    String status;

    @Override
    Page<Objection> fetch() {
        return intakes.objections(actor(), intake, parseEnum(ObjectionStatus.class, "status", status), pageRequest());
    }

    @Override
    void columns(Table table) {
        table.column("Id").alignRight();
        table.column("Intake").alignRight();
        table.column("Candidate");
        table.column("Raised");
        table.column("By");
        table.column("Content").maxSize(30).wrap();
        table.column("Status");
        table.column("Resolution").maxSize(30).wrap();
    }

    @Override
    Object[] cells(Objection o) {
        return new Object[] {o.id(), o.intakeId(), o.candidateName(), o.raisedOn(), o.raisedBy(), o.content(),
                o.status(), o.resolution()};
    }

    @Override
    String noun() {
        return "objection";
    }
}
