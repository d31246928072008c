package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.NotFoundException;
import io.tepai.api.roster.Roster;
import io.tepai.api.roster.RosterService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "roster-prepare",
        description = "Prepares the draft roster of a programme year (R-REC-4; next year unless --year) from the "
                + "published evaluations, the wishes and the counties' requests, or prepares it again from the inputs "
                + "as they are now; adjustments are kept (audited).")
@Service
public class RosterPrepareCommand extends TepaiAction {

    @Reference
    RosterService rosters;

    @Option(name = "--year", aliases = "-y", description = "The roster's programme year; next year if left out")
    Integer year;

    @Override
    void run() {
        Actor actor = actor();
        Long version;
        try {
            version = rosters.roster(actor, year).version();
        } catch (NotFoundException e) {
            version = null;
        }
        System.out.println(RosterCommand.summary(rosters.prepare(actor, year, version)));
    }
}
