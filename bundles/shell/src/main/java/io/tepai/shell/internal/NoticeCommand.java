package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.intake.Intake;
import io.tepai.api.intake.IntakeService;
import io.tepai.api.intake.NoticedCandidate;
import io.tepai.api.intake.PublicNotice;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "notice",
        description = "Shows an intake's public notice (公示, R-REC-2) with its end day, counted in working days on "
                + "the calendar of etc/io.tepai.calendar.cfg. With --start, the city office starts it (after the "
                + "consultation).")
@Service
public class NoticeCommand extends TepaiAction {

    @Reference
    IntakeService intakes;

    @Argument(name = "id", description = "The intake's numeric id", required = true)
    @Completion(IntakeCompleter.class)
    long id;

    @Option(name = "--start", aliases = "-s", description = "Start the notice on this day, e.g. 2026-09-28")
    String start;

    @Option(name = "--days", aliases = "-d", description = "With --start: working days it lasts (default: "
            + "noticeWorkingDays of etc/io.tepai.intake.cfg, 5)")
    Integer days;

    @Override
    void run() {
        Actor actor = actor();
        if (start != null) {
            Intake intake = intakes.get(id);
            Intake started = intakes.startNotice(actor, id, intake.version(), parseDay("start", start), days);
            System.out.println("Public notice of intake " + id + ": " + Formats.term(started.noticeStart(),
                    started.noticeEnd()) + " (" + started.noticeWorkingDays() + " working days)");
            return;
        }
        PublicNotice notice = intakes.notice(id);
        System.out.println(notice.title() + ": " + Formats.term(notice.start(), notice.end()) + " ("
                + notice.workingDays() + " working days" + (notice.ended() ? ", ended" : "") + "), "
                + notice.openObjections() + " open objection(s)");
        Table table = new Table();
        table.column("Reg").alignRight();
        table.column("Name");
        table.column("Unit");
        table.column("Title");
        table.column("Fields").maxSize(30).wrap();
        for (NoticedCandidate c : notice.candidates()) {
            table.addRow().addContent(c.registrationId(), c.name(), c.unitName() == null ? c.unitCode()
                    : c.unitName(), c.title(), Formats.zhList(c.fields()));
        }
        table.print(System.out);
    }
}
