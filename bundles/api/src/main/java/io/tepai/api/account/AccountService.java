package io.tepai.api.account;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Manages accounts; every operation but reading is for the city office only. */
@ProviderType
public interface AccountService {

    /** Accounts, by username; {@code role} may be null. Readable by the city office and the auditor. */
    Page<Account> search(Actor actor, Role role, PageRequest page);

    Account get(Actor actor, String username);

    Account create(Actor actor, AccountDraft draft);

    /** Enables or disables sign-in; enabling also lifts a lockout. */
    Account setEnabled(Actor actor, String username, long expectedVersion, boolean enabled);

    Account resetPassword(Actor actor, String username, long expectedVersion, String newPassword);

    /** Binds the account to another role and scope. */
    Account bind(Actor actor, String username, long expectedVersion, Role role, String scope);
}
