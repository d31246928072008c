package io.tepai.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "account-enable",
        description = "Lets an account sign in again, lifting a lockout after failed sign-ins. "
                + "City programme office only.")
@Service
public class AccountEnableCommand extends AccountEnablingCommand {

    @Override
    boolean enable() {
        return true;
    }
}
