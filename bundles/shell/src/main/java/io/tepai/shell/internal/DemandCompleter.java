package io.tepai.shell.internal;

import io.tepai.api.PageRequest;
import io.tepai.api.demand.Demand;
import io.tepai.api.demand.DemandFilter;
import io.tepai.api.demand.DemandService;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * Ids of this programme year's newest demands (the first {@value PageRequest#MAX_SIZE}) the signed-in account sees,
 * each offered with its county, industry and status.
 */
@Service
public class DemandCompleter implements Completer {

    @Reference
    DemandService demands;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> ids = demands().stream().map(demand -> Long.toString(demand.id())).toList();
        return new StringsCompleter(ids).complete(session, commandLine, candidates);
    }

    /** What the console calls; county, industry and status go into the description, the id alone is inserted. */
    @Override
    public void completeCandidates(Session session, CommandLine commandLine, List<Candidate> candidates) {
        String word = commandLine.getCursorArgument();
        String typed = word == null ? "" : word.substring(0, Math.min(commandLine.getArgumentPosition(), word.length()));
        for (Demand demand : demands()) {
            String id = Long.toString(demand.id());
            if (id.startsWith(typed)) {
                candidates.add(new Candidate(id, id, null, demand.county() + " " + demand.industry() + " "
                        + demand.status(), null, null, true));
            }
        }
    }

    /** None without a signed-in account: completion never fails a command line. */
    private List<Demand> demands() {
        try {
            return demands.search(TepaiAction.actor(), DemandFilter.ALL, new PageRequest(1, PageRequest.MAX_SIZE))
                    .items();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
