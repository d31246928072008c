package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.intake.IntakeService;
import io.tepai.api.intake.Objection;
import io.tepai.api.intake.ObjectionStatus;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "objection-resolve",
        description = "Resolves an open objection to a public notice (R-REC-2): UPHELD drops the candidate with the "
                + "reason, DISMISSED keeps them; the reason is recorded either way.")
@Service
public class ObjectionResolveCommand extends TepaiAction {

    @Reference
    IntakeService intakes;

    @Argument(index = 0, name = "id", description = "The objection's id, as listed by tepai:objections",
            required = true)
    @Completion(ObjectionCompleter.class)
    long id;

    @Argument(index = 1, name = "outcome", description = "UPHELD or DISMISSED", required = true)
    @Completion(ObjectionStatusCompleter.class)
    String outcome;

    @Argument(index = 2, name = "reason", description = "Why, in words (quote it)", required = true, multiValued = true)
    List<String> reason;

    @Override
    void run() {
        Actor actor = actor();
        Objection current = intakes.objections(actor, null, null, new PageRequest(1, PageRequest.MAX_SIZE)).items()
                .stream().filter(o -> o.id() == id).findFirst()
                .orElseThrow(() -> ValidationException.of("id", "no objection has id " + id));
        Objection resolved = intakes.resolveObjection(actor, id, current.version(),
                requireEnum(ObjectionStatus.class, "outcome", outcome), String.join(" ", reason));
        System.out.println("Objection " + id + " against " + resolved.candidateName() + ": " + resolved.status()
                + " — " + resolved.resolution());
    }
}
