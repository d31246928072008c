package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.evaluation.Round;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "round-publish",
        description = "Publishes a reviewed evaluation round (final): the public list (R-EVAL-4), certificates for "
                + "优秀 specialists, incentives (R-INC-1) and the renewal proposal (R-REC-4).")
@Service
public class RoundPublishCommand extends RoundStepCommand {

    @Override
    Round step(Actor actor, Round current) {
        return evaluations.publish(actor, current.id(), current.version());
    }
}
