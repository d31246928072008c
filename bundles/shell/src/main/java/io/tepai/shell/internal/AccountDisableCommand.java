package io.tepai.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "account-disable",
        description = "Stops an account from signing in; the account and its history are kept. "
                + "City programme office only.")
@Service
public class AccountDisableCommand extends AccountEnablingCommand {

    @Override
    boolean enable() {
        return false;
    }
}
