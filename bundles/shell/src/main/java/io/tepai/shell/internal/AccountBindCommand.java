package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.account.Account;
import io.tepai.api.account.AccountService;
import io.tepai.api.account.Role;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "account-bind",
        description = "Gives an account another role and scope, e.g. moves it to another county. "
                + "City programme office only.")
@Service
public class AccountBindCommand extends TepaiAction {

    @Reference
    AccountService accounts;

    @Argument(index = 0, name = "username", required = true, description = "The account's login name")
    @Completion(AccountCompleter.class)
    String username;

    @Argument(index = 1, name = "role", required = true,
            description = "The new role: CITY, COUNTY, UNIT, SPECIALIST, AUDITOR or ADMIN")
    @Completion(RoleCompleter.class)
    String role;

    @Argument(index = 2, name = "scope",
            description = "What the account is bound to: county code (COUNTY), unit code (UNIT) or specialist id "
                    + "(SPECIALIST); not used for CITY, AUDITOR and ADMIN")
    @Completion(ScopeCompleter.class)
    String scope;

    @Override
    void run() {
        Actor actor = actor();
        Role parsed = requireEnum(Role.class, "role", role);
        Account current = accounts.get(actor, username);
        Account bound = accounts.bind(actor, current.username(), current.version(), parsed, scope);
        System.out.println("Account " + bound.username() + " bound to "
                + Formats.roleScope(bound.role(), bound.scope()));
    }
}
