package io.tepai.shell.internal;

import io.tepai.api.PageRequest;
import io.tepai.api.funding.Budget;
import io.tepai.api.funding.FundingService;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * Budget ids of the budgets the signed-in account may read (the first {@value PageRequest#MAX_SIZE}), each offered
 * with its year and source: a bare number says nothing about whose money it is.
 */
@Service
public class BudgetCompleter implements Completer {

    @Reference
    FundingService funding;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> ids = budgets().stream().map(budget -> Long.toString(budget.id())).toList();
        return new StringsCompleter(ids).complete(session, commandLine, candidates);
    }

    /** What the console calls; year and source go into the candidate's description, the id alone is inserted. */
    @Override
    public void completeCandidates(Session session, CommandLine commandLine, List<Candidate> candidates) {
        String typed = Completions.typed(commandLine);
        for (Budget budget : budgets()) {
            String id = Long.toString(budget.id());
            if (id.startsWith(typed)) {
                candidates.add(new Candidate(id, id, null, budget.year() + " " + budget.source(), null, null, true));
            }
        }
    }

    /** None without a signed-in account that may read budgets: completion never fails a command line. */
    private List<Budget> budgets() {
        try {
            return funding.budgets(TepaiAction.actor(), null, new PageRequest(1, PageRequest.MAX_SIZE)).items();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
