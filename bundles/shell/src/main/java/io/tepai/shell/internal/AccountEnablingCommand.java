package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.account.Account;
import io.tepai.api.account.AccountService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/** account-enable and account-disable: the same change, in the two directions. */
abstract class AccountEnablingCommand extends TepaiAction {

    @Reference
    AccountService accounts;

    @Argument(index = 0, name = "username", required = true, description = "The account's login name")
    @Completion(AccountCompleter.class)
    String username;

    abstract boolean enable();

    @Override
    void run() {
        Actor actor = actor();
        Account current = accounts.get(actor, username);
        Account changed = accounts.setEnabled(actor, current.username(), current.version(), enable());
        System.out.println("Account " + changed.username() + (enable() ? " enabled" : " disabled"));
    }
}
