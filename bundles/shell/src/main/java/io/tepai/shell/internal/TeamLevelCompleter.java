package io.tepai.shell.internal;

import io.tepai.api.team.TeamLevel;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
public class TeamLevelCompleter extends EnumCompleter {

    public TeamLevelCompleter() {
        super(TeamLevel.class);
    }
}
