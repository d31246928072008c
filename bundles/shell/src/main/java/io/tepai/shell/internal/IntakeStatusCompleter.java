package io.tepai.shell.internal;

import io.tepai.api.intake.IntakeStatus;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
public class IntakeStatusCompleter extends EnumCompleter {

    public IntakeStatusCompleter() {
        super(IntakeStatus.class);
    }
}
