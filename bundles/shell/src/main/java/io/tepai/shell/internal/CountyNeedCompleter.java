package io.tepai.shell.internal;

import io.tepai.api.roster.CountyNeed;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
public class CountyNeedCompleter extends EnumCompleter {

    public CountyNeedCompleter() {
        super(CountyNeed.class);
    }
}
