package io.tepai.shell.internal;

import io.tepai.api.field.LogStatus;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
public class LogStatusCompleter extends EnumCompleter {

    public LogStatusCompleter() {
        super(LogStatus.class);
    }
}
