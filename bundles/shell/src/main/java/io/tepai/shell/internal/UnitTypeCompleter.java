package io.tepai.shell.internal;

import io.tepai.api.org.UnitType;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
public class UnitTypeCompleter extends EnumCompleter {

    public UnitTypeCompleter() {
        super(UnitType.class);
    }
}
