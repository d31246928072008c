package io.tepai.shell.internal;

import io.tepai.api.PageRequest;
import io.tepai.api.intake.Intake;
import io.tepai.api.intake.IntakeService;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Intake ids (the newest {@value PageRequest#MAX_SIZE}), each offered with its title and status. */
@Service
public class IntakeCompleter implements Completer {

    @Reference
    IntakeService intakes;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> ids = intakes().stream().map(intake -> Long.toString(intake.id())).toList();
        return new StringsCompleter(ids).complete(session, commandLine, candidates);
    }

    @Override
    public void completeCandidates(Session session, CommandLine commandLine, List<Candidate> candidates) {
        String typed = Completions.typed(commandLine);
        for (Intake intake : intakes()) {
            String id = Long.toString(intake.id());
            if (id.startsWith(typed)) {
                candidates.add(new Candidate(id, id, null, intake.title() + " (" + intake.status() + ")", null,
                        null, true));
            }
        }
    }

    private List<Intake> intakes() {
        return intakes.intakes(null, null, new PageRequest(1, PageRequest.MAX_SIZE)).items();
    }
}
