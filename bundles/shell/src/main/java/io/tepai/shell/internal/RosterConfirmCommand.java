package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.roster.RosterService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "roster-confirm",
        description = "Confirms the draft roster of a programme year (R-REC-4; next year unless --year): the "
                + "specialists renewed get a term for the year, those exiting become EXITED. Final and audited. "
                + "Acts on the version just read.")
@Service
public class RosterConfirmCommand extends TepaiAction {

    @Reference
    RosterService rosters;

    @Option(name = "--year", aliases = "-y", description = "The roster's programme year; next year if left out")
    Integer year;

    @Override
    void run() {
        Actor actor = actor();
        long version = rosters.roster(actor, year).version();
        System.out.println(RosterCommand.summary(rosters.confirm(actor, year, version)));
    }
}
