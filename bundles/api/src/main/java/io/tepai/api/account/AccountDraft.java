package io.tepai.api.account;

/**
 * A new account: {@code password} is the initial password, at least 8 characters (the demo accounts are the
 * only exception, loaded by the system).
 */
public record AccountDraft(String username, String displayName, Role role, String scope, String password) {

    @Override
    public String toString() {
        return "AccountDraft[username=" + username + ", role=" + role + ", scope=" + scope + "]";
    }
}
