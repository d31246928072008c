package io.tepai.shell.internal;

import io.tepai.api.PageRequest;
import io.tepai.api.funding.Inspection;
import io.tepai.api.funding.InspectionService;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * Ids of the newest inspections (the first {@value PageRequest#MAX_SIZE}) the signed-in account may read, each
 * offered with its year and when it was drawn.
 */
@Service
public class InspectionCompleter implements Completer {

    @Reference
    InspectionService inspections;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> ids = inspections().stream().map(inspection -> Long.toString(inspection.id())).toList();
        return new StringsCompleter(ids).complete(session, commandLine, candidates);
    }

    /** What the console calls; year and draw time go into the candidate's description, the id alone is inserted. */
    @Override
    public void completeCandidates(Session session, CommandLine commandLine, List<Candidate> candidates) {
        String word = commandLine.getCursorArgument();
        String typed = word == null ? "" : word.substring(0, Math.min(commandLine.getArgumentPosition(), word.length()));
        for (Inspection inspection : inspections()) {
            String id = Long.toString(inspection.id());
            if (id.startsWith(typed)) {
                candidates.add(new Candidate(id, id, null, inspection.year() + " " + Formats.instant(
                        inspection.drawnAt()), null, null, true));
            }
        }
    }

    /** None without a signed-in account that may read inspections: completion never fails a command line. */
    private List<Inspection> inspections() {
        try {
            return inspections.inspections(TepaiAction.actor(), null, new PageRequest(1, PageRequest.MAX_SIZE)).items();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
