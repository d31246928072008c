package io.tepai.shell.internal;

import io.tepai.api.Page;
import io.tepai.api.intake.Intake;
import io.tepai.api.intake.IntakeService;
import io.tepai.api.intake.IntakeStatus;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "intakes",
        description = "Lists the intakes (招募批次) of recruitment (R-REC-1, R-REC-2), newest first, with how far each "
                + "selection has come and its public notice.")
@Service
public class IntakesCommand extends PagedListCommand<Intake> {

    @Reference
    IntakeService intakes;

    @Option(name = "--year", aliases = "-y", description = "Only intakes of this programme year")
    Integer year;

    @Option(name = "--status", aliases = "-s", description = "Only intakes at this step: OPEN, REVIEWED, DECIDED, "
            + "CONSULTED, NOTICE, APPOINTED")
    @Completion(IntakeStatusCompleter.class)
    String status;

    @Override
    Page<Intake> fetch() {
        actor();
        return intakes.intakes(year, parseEnum(IntakeStatus.class, "status", status), pageRequest());
    }

    @Override
    void columns(Table table) {
        table.column("Id").alignRight();
        table.column("Year").alignRight();
        table.column("Title").maxSize(30).wrap();
        table.column("Deadline");
        table.column("Status");
        table.column("Notice");
        table.column("Appointed");
    }

    @Override
    Object[] cells(Intake i) {
        return new Object[] {i.id(), i.year(), i.title(), i.deadline(), i.status(),
                i.noticeStart() == null ? "" : Formats.term(i.noticeStart(), i.noticeEnd()),
                i.appointedOn() == null ? "" : i.appointedOn()};
    }

    @Override
    String noun() {
        return "intake";
    }
}
