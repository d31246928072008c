package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.account.Account;
import io.tepai.api.account.AccountService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

@Command(scope = "tepai", name = "account-password",
        description = "Sets a new password for an account, asked for twice without echo; also lifts a lockout. "
                + "City programme office only.")
@Service
public class AccountPasswordCommand extends TepaiAction {

    @Reference
    AccountService accounts;

    @Reference
    Session session;

    @Argument(index = 0, name = "username", required = true, description = "The account's login name")
    @Completion(AccountCompleter.class)
    String username;

    @Option(name = "--password", censor = true, mask = '*',
            description = "The new password, for scripts; visible in shell history (of the script or the "
                    + "calling shell). Without it the password is asked for twice, without echo")
    String password;

    @Override
    void run() {
        Actor actor = actor();
        // read first, so an unknown or forbidden account is reported before anyone types a password
        Account current = accounts.get(actor, username);
        String secret = PasswordPrompt.given(password, session);
        Account changed = accounts.resetPassword(actor, current.username(), current.version(), secret);
        System.out.println("Password of account " + changed.username() + " reset");
    }
}
