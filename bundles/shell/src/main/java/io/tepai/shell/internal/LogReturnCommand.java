package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.field.ServiceLog;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "log-return",
        description = "Returns a submitted service log to its specialist for changes, with a comment saying what "
                + "to change; the specialist resubmits it. City programme office and the county the log "
                + "was served in.")
@Service
public class LogReturnCommand extends LogReviewCommand {

    @Option(name = "--comment", aliases = "-m", required = true,
            description = "What the specialist should change (required)")
    String comment;

    @Override
    ServiceLog review(Actor actor, ServiceLog current) {
        return logs.returnForChanges(actor, current.id(), current.version(), comment);
    }

    @Override
    String result(ServiceLog returned) {
        return "Log " + returned.id() + " returned for changes: " + summary(returned) + "; comment: "
                + Formats.text(returned.comment());
    }
}
