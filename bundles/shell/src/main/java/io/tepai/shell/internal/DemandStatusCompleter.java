package io.tepai.shell.internal;

import io.tepai.api.demand.DemandStatus;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
public class DemandStatusCompleter extends EnumCompleter {

    public DemandStatusCompleter() {
        super(DemandStatus.class);
    }
}
