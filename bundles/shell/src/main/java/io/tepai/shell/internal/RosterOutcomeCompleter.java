package io.tepai.shell.internal;

import io.tepai.api.roster.RosterOutcome;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
public class RosterOutcomeCompleter extends EnumCompleter {

    public RosterOutcomeCompleter() {
        super(RosterOutcome.class);
    }
}
