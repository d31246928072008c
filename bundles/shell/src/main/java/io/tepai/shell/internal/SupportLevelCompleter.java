package io.tepai.shell.internal;

import io.tepai.spi.tier.SupportLevel;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
public class SupportLevelCompleter extends EnumCompleter {

    public SupportLevelCompleter() {
        super(SupportLevel.class);
    }
}
