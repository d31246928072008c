package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.roster.RosterEntry;
import io.tepai.api.roster.RosterOutcome;
import io.tepai.api.roster.RosterService;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "roster-adjust",
        description = "Sets the outcome of one entry of a draft roster by hand, with a reason (R-REC-4, audited); it "
                + "survives preparing the roster again. Acts on the version just read.")
@Service
public class RosterAdjustCommand extends TepaiAction {

    @Reference
    RosterService rosters;

    @Argument(index = 0, name = "entry", description = "The entry's id, as listed by tepai:roster", required = true)
    long id;

    @Argument(index = 1, name = "outcome", description = "PRIORITY_RENEWAL, RENEWAL_BY_REVIEW or EXIT",
            required = true)
    @Completion(RosterOutcomeCompleter.class)
    String outcome;

    @Argument(index = 2, name = "reason", description = "Why, in words (several words need no quotes)",
            required = true, multiValued = true)
    List<String> reason;

    @Override
    void run() {
        RosterOutcome to = requireEnum(RosterOutcome.class, "outcome", outcome);
        Actor actor = actor();
        RosterEntry current = rosters.entry(actor, id);
        RosterEntry adjusted = rosters.adjust(actor, id, current.version(), to,
                reason == null ? null : String.join(" ", reason));
        System.out.println("Entry " + adjusted.id() + " (" + Formats.named(adjusted.specialistId(),
                adjusted.specialistName()) + "): " + adjusted.computedOutcome() + " → " + adjusted.outcome()
                + ", adjusted by " + adjusted.adjustedBy() + ": " + adjusted.adjustReason());
    }
}
