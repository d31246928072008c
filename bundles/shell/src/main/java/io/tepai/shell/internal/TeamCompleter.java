package io.tepai.shell.internal;

import io.tepai.api.PageRequest;
import io.tepai.api.team.Team;
import io.tepai.api.team.TeamFilter;
import io.tepai.api.team.TeamService;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * Team ids (the first {@value PageRequest#MAX_SIZE}), each offered with the team's name: a bare number says
 * nothing about which team it is.
 */
@Service
public class TeamCompleter implements Completer {

    @Reference
    TeamService teams;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> ids = teams().stream().map(team -> Long.toString(team.id())).toList();
        return new StringsCompleter(ids).complete(session, commandLine, candidates);
    }

    /** What the console calls; the name goes into the candidate's description, the id alone is inserted. */
    @Override
    public void completeCandidates(Session session, CommandLine commandLine, List<Candidate> candidates) {
        String typed = Completions.typed(commandLine);
        for (Team team : teams()) {
            String id = Long.toString(team.id());
            if (id.startsWith(typed)) {
                candidates.add(new Candidate(id, id, null, team.name(), null, null, true));
            }
        }
    }

    private List<Team> teams() {
        return teams.search(TeamFilter.ALL, new PageRequest(1, PageRequest.MAX_SIZE)).items();
    }
}
