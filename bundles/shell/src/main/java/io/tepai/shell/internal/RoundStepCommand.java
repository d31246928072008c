package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.evaluation.EvaluationService;
import io.tepai.api.evaluation.Round;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/**
 * round-review and round-publish: each acts as the signed-in user on the version just read, so that a round changed
 * meanwhile (recomputed, inputs set) is refused by the service, not passed unseen.
 */
abstract class RoundStepCommand extends TepaiAction {

    @Reference
    EvaluationService evaluations;

    @Argument(name = "id", description = "The round's numeric id, as listed by tepai:rounds", required = true)
    long id;

    abstract Round step(Actor actor, Round current);

    @Override
    void run() {
        Actor actor = actor();
        Evaluations.print(step(actor, evaluations.round(actor, id)));
    }
}
