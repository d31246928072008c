package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.PageRequest;
import io.tepai.api.intake.IntakeService;
import io.tepai.api.intake.Objection;
import io.tepai.api.intake.ObjectionStatus;
import java.util.List;
import java.util.Optional;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Ids of the open objections the signed-in account may read, each offered with the candidate's name. */
@Service
public class ObjectionCompleter implements Completer {

    @Reference
    IntakeService intakes;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> ids = open().stream().map(o -> Long.toString(o.id())).toList();
        return new StringsCompleter(ids).complete(session, commandLine, candidates);
    }

    @Override
    public void completeCandidates(Session session, CommandLine commandLine, List<Candidate> candidates) {
        String typed = Completions.typed(commandLine);
        for (Objection objection : open()) {
            String id = Long.toString(objection.id());
            if (id.startsWith(typed)) {
                candidates.add(new Candidate(id, id, null, objection.candidateName() + ": "
                        + Formats.cut(objection.content(), 30), null, null, true));
            }
        }
    }

    /** Nothing when nobody (or an account that may not read objections) is signed in. */
    private List<Objection> open() {
        Optional<Actor> actor = Actors.current();
        if (actor.isEmpty() || !(actor.get().isCity() || actor.get().hasRole(Actor.ROLE_AUDITOR))) {
            return List.of();
        }
        return intakes.objections(actor.get(), null, ObjectionStatus.OPEN, new PageRequest(1, PageRequest.MAX_SIZE))
                .items();
    }
}
