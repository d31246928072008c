package io.tepai.shell.internal;

import io.tepai.api.intake.ObjectionStatus;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
public class ObjectionStatusCompleter extends EnumCompleter {

    public ObjectionStatusCompleter() {
        super(ObjectionStatus.class);
    }
}
