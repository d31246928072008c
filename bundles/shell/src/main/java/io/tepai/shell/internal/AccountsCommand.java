package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.account.Account;
import io.tepai.api.account.AccountService;
import io.tepai.api.account.Role;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Lists accounts; an {@link Account} carries no password data, so none can be shown. */
@Command(scope = "tepai", name = "accounts",
        description = "Lists the accounts of Tepai's users by username, one page at a time. "
                + "City programme office and auditor only.")
@Service
public class AccountsCommand extends PagedListCommand<Account> {

    @Reference
    AccountService accounts;

    @Option(name = "--role", aliases = "-r", description = "Only accounts of this role, e.g. COUNTY")
    @Completion(RoleCompleter.class)
    String role;

    @Override
    Page<Account> fetch() {
        Actor actor = actor();
        return accounts.search(actor, parseEnum(Role.class, "role", role), pageRequest());
    }

    @Override
    void columns(Table table) {
        table.column("Username");
        table.column("Display name");
        table.column("Role");
        table.column("Scope");
        table.column("Enabled");
        table.column("Locked until");
        table.column("Last login");
    }

    @Override
    Object[] cells(Account a) {
        return new Object[] {a.username(), a.displayName(), a.role(), a.scope(), Formats.yesNo(a.enabled()),
                Formats.instantOrEmpty(a.lockedUntil()),
                a.lastLoginAt() == null ? "never" : Formats.instant(a.lastLoginAt())};
    }

    @Override
    String noun() {
        return "account";
    }
}
