package io.tepai.shell.internal;

import io.tepai.api.evaluation.RoundStatus;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
public class RoundStatusCompleter extends EnumCompleter {

    public RoundStatusCompleter() {
        super(RoundStatus.class);
    }
}
