package io.tepai.shell.internal;

import io.tepai.api.specialist.SpecialistStatus;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
public class StatusCompleter extends EnumCompleter {

    public StatusCompleter() {
        super(SpecialistStatus.class);
    }
}
