package io.tepai.shell.internal;

import io.tepai.api.Page;
import io.tepai.api.team.Agreement;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.Team;
import io.tepai.api.team.TeamFilter;
import io.tepai.api.team.TeamLevel;
import io.tepai.api.team.TeamService;
import io.tepai.api.team.TeamStatus;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "teams",
        description = "Lists industry service teams (服务团) with their chain composition and the counties they "
                + "signed agreements with, one page at a time; all given filters must match.")
@Service
public class TeamsCommand extends PagedListCommand<Team> {

    @Reference
    TeamService teams;

    @Option(name = "--level", aliases = "-l", description = "CITY teams or COUNTY-level teams")
    @Completion(TeamLevelCompleter.class)
    String level;

    @Option(name = "--county", aliases = "-c",
            description = "Code of a county that owns the team or has an agreement with it, e.g. wuzhi")
    @Completion(CountyCompleter.class)
    String county;

    @Option(name = "--status", aliases = "-s", description = "FORMING, ACTIVE or CLOSED")
    @Completion(TeamStatusCompleter.class)
    String status;

    @Option(name = "--industry", aliases = "-i", description = "Text to find in the team's industry, e.g. 怀药")
    String industry;

    @Option(name = "--text", aliases = "-q", description = "Text to find in the team's name and industry")
    String text;

    @Override
    Page<Team> fetch() {
        TeamFilter filter = new TeamFilter(parseEnum(TeamLevel.class, "level", level), county,
                parseEnum(TeamStatus.class, "status", status), industry, text);
        return teams.search(filter, pageRequest());
    }

    @Override
    void columns(Table table) {
        table.column("Id").alignRight();
        table.column("Name");
        table.column("Industry");
        table.column("Level");
        table.column("Status");
        table.column("Members").alignRight();
        table.column("Composition").maxSize(30).wrap();
        table.column("Agreements").maxSize(40).wrap();
    }

    @Override
    Object[] cells(Team t) {
        // one call per listed team: bounded by the page size, unlike loading every agreement of every team
        return new Object[] {t.id(), t.name(), t.industry(), Formats.roleScope(t.level(), t.county()),
                t.status(), t.members().size(), Formats.enums(t.composition()), counties(teams.agreements(t.id()))};
    }

    @Override
    String noun() {
        return "team";
    }

    /** The signing counties in the service's order; a draft or ended agreement is marked, as it is not in force. */
    static String counties(List<Agreement> agreements) {
        return Formats.list(agreements.stream()
                .map(a -> a.status() == AgreementStatus.ACTIVE ? a.county() : a.county() + " (" + a.status() + ")")
                .toList());
    }
}
