package io.tepai.api;

import java.util.Objects;
import java.util.Set;

/**
 * Who performs an operation: the authenticated user of a REST call or console session, or the system
 * itself (demo data loader, scheduled jobs). Services receive it with every write so that rules, scoping
 * and the audit trail know who acted.
 *
 * @param username login name, or {@code system:<what>} for the platform itself
 * @param roles    the user's roles
 */
public record Actor(String username, Set<String> roles) {

    public static final String ROLE_CITY = "city";

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** The platform acting on its own behalf, e.g. {@code Actor.system("demo-data")}. */
    public static Actor system(String what) {
        return new Actor("system:" + what, Set.of(ROLE_CITY));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
