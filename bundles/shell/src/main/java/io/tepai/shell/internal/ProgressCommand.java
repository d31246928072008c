package io.tepai.shell.internal;

import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.field.ClassProgress;
import io.tepai.api.field.Progress;
import io.tepai.api.field.ProgressFilter;
import io.tepai.api.field.ProgressService;
import io.tepai.api.field.ProgressStatus;
import io.tepai.api.field.SpecialistProgress;
import io.tepai.api.field.TeamProgress;
import io.tepai.api.field.TeamProgress.AgreementProgress;
import io.tepai.api.specialist.Classification;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "progress",
        description = "Shows each specialist's confirmed field days and services in a programme year against "
                + "their tier's annual threshold (R-SVC-2: days or services, either suffices), whether they are "
                + "behind the share of the year elapsed and why, and teams' service under their agreements: the agreed tasks "
                + "their counties recorded as fulfilled, those still open, and the members' service there.")
@Service
public class ProgressCommand extends TepaiAction {

    @Reference
    ProgressService progress;

    /** Which year is current: the programme's, which need not start on 1 January. */
    @Reference
    ProgrammeCalendar calendar;

    @Option(name = "--year", aliases = "-y",
            description = "Programme year; the one running today if not given (it need not be the calendar year)")
    Integer year;

    @Option(name = "--county", aliases = "-c", description = "Specialists dispatched to this county in the year")
    @Completion(CountyCompleter.class)
    String county;

    @Option(name = "--unit", aliases = "-u", description = "Specialists of this dispatching unit, e.g. hpu")
    @Completion(UnitCompleter.class)
    String unit;

    @Option(name = "--team", aliases = "-t", description = "Members of this team (numeric id)")
    @Completion(TeamCompleter.class)
    Long team;

    @Option(name = "--guidance-class", aliases = "-g",
            description = "Specialists of this guidance class (R-TIER-2): PUBLIC_WELFARE or RURAL_ENTREPRENEURSHIP")
    @Completion(ClassificationCompleter.class)
    String guidanceClass;

    @Option(name = "--behind", aliases = "-b",
            description = "List only the specialists behind, the furthest behind first")
    boolean behind;

    @Override
    void run() {
        Progress p = progress.progress(actor(), calendar.yearOrCurrent(year), new ProgressFilter(county, unit, team,
                parseEnum(Classification.class, "guidance-class", guidanceClass)));
        System.out.println(header(p));
        List<SpecialistProgress> listed = behind ? p.behind() : p.specialists();
        specialists(listed);
        System.out.println(behind
                ? p.behind().size() + " of " + p.specialists().size() + " behind"
                : summary(p.specialists()));
        if (!p.guidanceClasses().isEmpty()) {
            System.out.println("By guidance class: " + classes(p.guidanceClasses()));
        }
        if (!p.teams().isEmpty()) {
            System.out.println();
            System.out.println("Teams: " + p.teams().size());
            teams(p.teams());
        }
    }

    /** E.g. "2026 (2026-01-01 – 2026-12-31), 91% elapsed, as of 2026-11-28". */
    static String header(Progress p) {
        return p.year() + " (" + Formats.term(p.from(), p.to()) + "), " + Formats.percent(p.shareElapsed())
                + " elapsed, as of " + p.asOf();
    }

    private static void specialists(List<SpecialistProgress> listed) {
        Table table = new Table();
        table.column("Specialist").alignRight();
        table.column("Name");
        table.column("Unit");
        table.column("Tier");
        table.column("Field days").alignRight();
        table.column("Services").alignRight();
        table.column("Status");
        table.column("Explanation").maxSize(80).wrap();
        for (SpecialistProgress s : listed) {
            table.addRow().addContent(s.specialistId(), s.name(), s.unitCode(), s.tierId(),
                    against(s.fieldDays(), s.minFieldDays()),
                    against(BigDecimal.valueOf(s.services()), BigDecimal.valueOf(s.minServices())), s.status(),
                    Formats.text(s.explanationZh()));
        }
        table.print(System.out);
    }

    /** E.g. "12.5 / 30"; without the threshold when it is zero, as a zero part is not a criterion. */
    static String against(BigDecimal done, BigDecimal minimum) {
        String count = Formats.number(done == null ? BigDecimal.ZERO : done);
        return minimum == null || minimum.signum() == 0 ? count : count + " / " + Formats.number(minimum);
    }

    /** E.g. "12 specialists: 4 MET, 5 ON_TRACK, 3 BEHIND"; statuses nobody has are left out. */
    static String summary(List<SpecialistProgress> specialists) {
        StringBuilder line = new StringBuilder().append(specialists.size())
                .append(specialists.size() == 1 ? " specialist" : " specialists");
        String separator = ": ";
        for (ProgressStatus status : ProgressStatus.values()) {
            long count = specialists.stream().filter(s -> s.status() == status).count();
            if (count > 0) {
                line.append(separator).append(count).append(' ').append(status);
                separator = ", ";
            }
        }
        return line.toString();
    }

    /** E.g. "PUBLIC_WELFARE 3 (52.5 days, 20 services), RURAL_ENTREPRENEURSHIP 0 (0 days, 0 services)". */
    static String classes(List<ClassProgress> classes) {
        return classes.stream().map(c -> c.guidanceClass() + " " + c.specialists() + " ("
                + Formats.number(c.fieldDays()) + " days, " + c.services() + " services)")
                .collect(Collectors.joining(", "));
    }

    /** One row per agreement; a team without one still shows, so that it is not mistaken for a missing team. */
    private static void teams(List<TeamProgress> teams) {
        Table table = new Table();
        table.column("Team").alignRight();
        table.column("Name");
        table.column("Agreement").alignRight();
        table.column("County");
        table.column("Fulfilled").alignRight();
        table.column("Open tasks").maxSize(50).wrap();
        table.column("Field days").alignRight();
        table.column("Services").alignRight();
        for (TeamProgress t : teams) {
            if (t.agreements().isEmpty()) {
                table.addRow().addContent(t.teamId(), t.name(), "", Formats.NONE, "", "", "", "");
            }
            for (AgreementProgress a : t.agreements()) {
                table.addRow().addContent(t.teamId(), t.name(), a.agreementId(), a.county(),
                        a.tasksFulfilled() + " / " + a.tasks().size(), String.join("；", a.openTasks()),
                        Formats.number(a.fieldDays()), a.services());
            }
        }
        table.print(System.out);
    }
}
