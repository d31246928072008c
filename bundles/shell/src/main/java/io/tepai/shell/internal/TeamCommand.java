package io.tepai.shell.internal;

import io.tepai.api.team.Agreement;
import io.tepai.api.team.AgreementTask;
import io.tepai.api.team.Team;
import io.tepai.api.team.TeamLevel;
import io.tepai.api.team.TeamMember;
import io.tepai.api.team.TeamService;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "team",
        description = "Shows one industry service team: its details and co-leader, its members by chain segment, "
                + "its agreements with counties and the tasks agreed in them, with whether each was fulfilled (R-SVC-2).")
@Service
public class TeamCommand extends TepaiAction {

    @Reference
    TeamService teams;

    @Argument(name = "id", description = "The team's numeric id, as listed by tepai:teams", required = true)
    @Completion(TeamCompleter.class)
    long id;

    @Override
    void run() {
        Team team = teams.get(id);
        List<Agreement> agreements = teams.agreements(id);
        details(team);
        System.out.println();
        System.out.println("Members: " + team.members().size());
        if (!team.members().isEmpty()) {
            members(team.members());
        }
        System.out.println();
        System.out.println("Agreements: " + agreements.size());
        if (!agreements.isEmpty()) {
            agreements(agreements);
        }
        if (agreements.stream().anyMatch(a -> !a.tasks().isEmpty())) {
            System.out.println();
            System.out.println("Agreed tasks:");
            tasks(agreements);
        }
    }

    private static void details(Team t) {
        Table table = new Table().noHeaders();
        table.column("Field");
        table.column("Value").maxSize(80).wrap();
        table.addRow().addContent("Id", t.id());
        table.addRow().addContent("Name", t.name());
        table.addRow().addContent("Industry", t.industry());
        table.addRow().addContent("Level", t.level());
        if (t.level() == TeamLevel.COUNTY) {
            table.addRow().addContent("Owning county", t.county());
        }
        table.addRow().addContent("Lead unit", t.unitCode());
        table.addRow().addContent("Term", Formats.term(t.termStart(), t.termEnd()));
        table.addRow().addContent("Status", t.status());
        table.addRow().addContent("Dispatching co-leader", Formats.leader(t.dispatchingLeader()));
        table.addRow().addContent("Composition", Formats.enums(t.composition()));
        table.addRow().addContent("Sample", Formats.yesNo(t.sample()));
        table.addRow().addContent("Version", t.version());
        table.addRow().addContent("Created", Formats.instant(t.createdAt()));
        table.addRow().addContent("Updated", Formats.instant(t.updatedAt()));
        table.print(System.out);
    }

    private static void members(List<TeamMember> members) {
        Table table = new Table();
        table.column("Specialist").alignRight();
        table.column("Name");
        table.column("Unit");
        table.column("Segment");
        table.column("Joined");
        for (TeamMember m : members) {
            table.addRow().addContent(m.specialistId(), m.name(), m.unitCode(), m.segment(), m.joinedOn());
        }
        table.print(System.out);
    }

    private static void agreements(List<Agreement> agreements) {
        Table table = new Table();
        table.column("Id").alignRight();
        table.column("County");
        table.column("Status");
        table.column("Term");
        table.column("County co-leader").maxSize(30).wrap();
        table.column("Liaison").maxSize(30).wrap();
        table.column("Tasks").alignRight();
        for (Agreement a : agreements) {
            String term = Formats.term(a.termStart(), a.termEnd())
                    + (a.endedOn() == null ? "" : " (ended " + a.endedOn() + ")");
            table.addRow().addContent(a.id(), a.county(), a.status(), term, Formats.leader(a.countyLeader()),
                    Formats.leader(a.liaison()), a.tasks().size());
        }
        table.print(System.out);
    }

    /**
     * One row per task, numbered within its agreement as the agreement lists them, with what the county recorded
     * (R-SVC-2): blank while open.
     */
    private static void tasks(List<Agreement> agreements) {
        Table table = new Table();
        table.column("Agreement").alignRight();
        table.column("County");
        table.column("No.").alignRight();
        table.column("Task").maxSize(60).wrap();
        table.column("Fulfilment");
        table.column("Evidence logs");
        table.column("Note").maxSize(40).wrap();
        for (Agreement a : agreements) {
            for (AgreementTask t : a.taskFulfilment()) {
                table.addRow().addContent(a.id(), a.county(), t.number(), t.task(),
                        t.fulfilment() == null ? "" : t.fulfilment(),
                        t.evidenceLogIds().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                        Formats.text(t.note()));
            }
        }
        table.print(System.out);
    }
}
