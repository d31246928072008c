package io.tepai.shell.internal;

import io.tepai.api.team.TeamStatus;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
public class TeamStatusCompleter extends EnumCompleter {

    public TeamStatusCompleter() {
        super(TeamStatus.class);
    }
}
