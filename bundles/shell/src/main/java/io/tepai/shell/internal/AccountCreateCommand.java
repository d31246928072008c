package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.account.Account;
import io.tepai.api.account.AccountDraft;
import io.tepai.api.account.AccountService;
import io.tepai.api.account.Role;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

@Command(scope = "tepai", name = "account-create",
        description = "Creates an account; asks for its initial password twice, without echo. "
                + "City programme office only.")
@Service
public class AccountCreateCommand extends TepaiAction {

    @Reference
    AccountService accounts;

    @Reference
    Session session;

    @Argument(index = 0, name = "username", required = true,
            description = "Login name: 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter")
    String username;

    @Argument(index = 1, name = "role", required = true,
            description = "Role: CITY, COUNTY, UNIT, SPECIALIST, AUDITOR or ADMIN")
    @Completion(RoleCompleter.class)
    String role;

    @Argument(index = 2, name = "scope",
            description = "What the account is bound to: county code (COUNTY), unit code (UNIT) or specialist id "
                    + "(SPECIALIST); not used for CITY, AUDITOR and ADMIN")
    @Completion(ScopeCompleter.class)
    String scope;

    @Option(name = "--name", required = true, description = "Who the account is for, e.g. 武陟县科技局")
    String displayName;

    @Option(name = "--password", censor = true, mask = '*',
            description = "The initial password, for scripts; visible in shell history (of the script or the "
                    + "calling shell). Without it the password is asked for twice, without echo")
    String password;

    @Override
    void run() {
        Actor actor = actor();
        Role parsed = requireEnum(Role.class, "role", role);
        String secret = PasswordPrompt.given(password, session);
        Account created = accounts.create(actor, new AccountDraft(username, displayName, parsed, scope, secret));
        System.out.println("Account " + created.username() + " created ("
                + Formats.roleScope(created.role(), created.scope()) + ")");
    }
}
