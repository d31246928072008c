package io.tepai.core.security;

import io.tepai.api.account.Account;
import io.tepai.api.account.Role;
import io.tepai.store.entity.AccountEntity;
import java.util.regex.Pattern;

/** What sign-in and account administration both know of an account row: the name's form and the API record. */
final class Accounts {

    static final String ENTITY = "Account";
    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

    private Accounts() {
    }

    static Account toRecord(AccountEntity e) {
        return new Account(e.getUsername(), e.getDisplayName(), Role.valueOf(e.getRole()), e.getScope(),
                e.isEnabled(), e.getLockedUntil(), e.getLastLoginAt(), e.getVersion(), e.getCreatedAt(),
                e.getUpdatedAt());
    }
}
