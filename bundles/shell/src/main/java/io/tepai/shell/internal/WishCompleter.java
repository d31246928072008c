package io.tepai.shell.internal;

import io.tepai.api.roster.Wish;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
public class WishCompleter extends EnumCompleter {

    public WishCompleter() {
        super(Wish.class);
    }
}
