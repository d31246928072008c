package io.tepai.api.account;

import java.time.Instant;

/**
 * A user account. Deliberately without any password data.
 *
 * @param username    login name
 * @param displayName who it is, e.g. 武陟县科技局
 * @param role        role
 * @param scope       county code, unit code or specialist id the account is bound to; empty for city and auditor
 * @param enabled     disabled accounts cannot sign in
 * @param lockedUntil set while the account is locked after repeated failed logins
 * @param lastLoginAt last successful sign-in, or null
 * @param version     optimistic-locking version
 */
public record Account(String username, String displayName, Role role, String scope, boolean enabled,
                      Instant lockedUntil, Instant lastLoginAt, long version, Instant createdAt, Instant updatedAt) {
}
