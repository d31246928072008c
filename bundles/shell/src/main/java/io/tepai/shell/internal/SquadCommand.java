package io.tepai.shell.internal;

import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.dispatch.Squad;
import io.tepai.api.dispatch.SquadMember;
import io.tepai.api.dispatch.SquadService;
import io.tepai.api.specialist.Classification;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "squad",
        description = "Shows a county's service squad (服务队) for a year: its officers and every specialist "
                + "dispatched to the county that year, at any level.")
@Service
public class SquadCommand extends TepaiAction {

    private static final String FROM_AGREEMENT = "agreement:";

    @Reference
    SquadService squads;

    /** Which year is current: the programme's, which need not start on 1 January. */
    @Reference
    ProgrammeCalendar calendar;

    @Argument(name = "county", description = "The county's code, e.g. wuzhi", required = true)
    @Completion(CountyCompleter.class)
    String county;

    @Option(name = "--year", aliases = "-y", description = "Programme year; the one running today if not given")
    Integer year;

    @Option(name = "--guidance-class", aliases = "-g", description = "Only the members of this guidance class "
            + "(R-TIER-2): PUBLIC_WELFARE (公益服务) or RURAL_ENTREPRENEURSHIP (农村创业)")
    @Completion(ClassificationCompleter.class)
    String guidanceClass;

    @Override
    void run() {
        Squad squad = squads.get(county, calendar.yearOrCurrent(year), parseEnum(Classification.class, "guidance-class", guidanceClass));
        Table officers = new Table().noHeaders();
        officers.column("Field");
        officers.column("Value").maxSize(80).wrap();
        officers.addRow().addContent("County", squad.countyName() + " (" + squad.county() + ")");
        officers.addRow().addContent("Year", squad.year());
        officers.addRow().addContent("Captain", Formats.leader(squad.captain()));
        officers.addRow().addContent("Captain from", captainSource(squad.captainSource()));
        officers.addRow().addContent("Deputy captain", Formats.leader(squad.deputyCaptain()));
        officers.addRow().addContent("Liaison", Formats.leader(squad.liaison()));
        officers.addRow().addContent("Complete", complete(squad.missingOfficers()));
        officers.print(System.out);
        System.out.println();
        System.out.println("Members: " + squad.members().size());
        if (squad.members().isEmpty()) {
            return;
        }
        Table members = new Table();
        members.column("Specialist").alignRight();
        members.column("Name");
        members.column("Unit");
        members.column("Level");
        members.column("Class");
        members.column("Industries").maxSize(40).wrap();
        for (SquadMember m : squad.members()) {
            members.addRow().addContent(m.specialistId(), m.name(), m.unitCode(), m.level(),
                    m.guidanceClass() == null ? Formats.NONE : m.guidanceClass(), Formats.zhList(m.industries()));
        }
        members.print(System.out);
    }

    /** R-SQUAD-1: a squad without a captain or a liaison is incomplete, said in capitals as coverage says gaps. */
    static String complete(List<String> missingOfficers) {
        return missingOfficers.isEmpty() ? "yes" : "NO, missing " + String.join(" and ", missingOfficers);
    }

    /**
     * R-SQUAD-1: a signing county's captain is its co-leader on the agreement, which is worth saying in words;
     * an unknown source is shown as the service gave it.
     */
    static String captainSource(String source) {
        if (source == null || source.isBlank()) {
            return Formats.NONE;
        }
        if (source.startsWith(FROM_AGREEMENT)) {
            return "county co-leader of agreement " + source.substring(FROM_AGREEMENT.length());
        }
        return "county".equals(source) ? "named by the county" : source;
    }
}
