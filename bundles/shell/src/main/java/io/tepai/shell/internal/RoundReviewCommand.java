package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.evaluation.Round;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "round-review",
        description = "Accepts a computed evaluation round as the signed-in evaluator (COMPUTED → REVIEWED); "
                + "refused while inputs changed since the last computation.")
@Service
public class RoundReviewCommand extends RoundStepCommand {

    @Override
    Round step(Actor actor, Round current) {
        return evaluations.review(actor, current.id(), current.version());
    }
}
