package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.demand.Demand;
import io.tepai.api.demand.DemandService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "demand-confirm",
        description = "Confirms one candidate match of a published demand as the signed-in county (two-way "
                + "selection, R-REC-3): the demand becomes MATCHED to that expert. The city programme office and the "
                + "demand's county.")
@Service
public class DemandConfirmCommand extends TepaiAction {

    @Reference
    DemandService demands;

    @Argument(index = 0, name = "id", description = "The demand's numeric id", required = true)
    @Completion(DemandCompleter.class)
    long id;

    @Argument(index = 1, name = "match", description = "The candidate match to confirm, as tepai:demand lists them",
            required = true)
    long match;

    @Override
    void run() {
        Actor actor = actor();
        // the console acts on the demand as it is now: the version is the one just read
        Demand current = demands.get(actor, id);
        Demand matched = demands.confirm(actor, id, current.version(), match);
        System.out.println("Demand " + matched.id() + " matched: " + Formats.named(matched.specialistId(),
                matched.specialistName()) + " serves " + matched.recipientName());
    }
}
