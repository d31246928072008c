package io.tepai.shell.internal;

import io.tepai.api.funding.LedgerGroup;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
public class LedgerGroupCompleter extends EnumCompleter {

    public LedgerGroupCompleter() {
        super(LedgerGroup.class);
    }
}
