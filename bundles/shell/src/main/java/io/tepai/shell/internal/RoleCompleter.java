package io.tepai.shell.internal;

import io.tepai.api.account.Role;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
public class RoleCompleter extends EnumCompleter {

    public RoleCompleter() {
        super(Role.class);
    }
}
