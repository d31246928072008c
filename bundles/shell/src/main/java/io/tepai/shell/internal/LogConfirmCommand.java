package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.field.ServiceLog;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "log-confirm",
        description = "Confirms a submitted service log as the signed-in user, optionally with the recipient's "
                + "satisfaction rating and comment (R-EVAL-1); from then on the log counts. City programme office "
                + "and the county the log was served in.")
@Service
public class LogConfirmCommand extends LogReviewCommand {

    @Option(name = "--rating", aliases = "-r", description = "The recipient's satisfaction with the service, 1 to 5")
    Integer rating;

    @Option(name = "--comment", aliases = "-m", description = "The recipient's words about the service")
    String comment;

    @Option(name = "--outside-dispatch-reason",
            description = "Why the county accepts service by a specialist not dispatched to it that year (R-SVC-1), "
                    + "e.g. a team member under the team's agreement with the county")
    String outsideDispatchReason;

    @Override
    ServiceLog review(Actor actor, ServiceLog current) {
        return logs.confirm(actor, current.id(), current.version(), rating, comment, outsideDispatchReason);
    }

    @Override
    String result(ServiceLog confirmed) {
        return "Log " + confirmed.id() + " confirmed: " + summary(confirmed) + ", "
                + (confirmed.satisfaction() == null ? "not rated" : "satisfaction "
                + Formats.rating(confirmed.satisfaction()));
    }
}
