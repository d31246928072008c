package io.tepai.api;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who performs an operation: the authenticated user of a REST call or console session, or the system
 * itself (demo data loader, scheduled jobs). Services receive it with every call so that scoping and the
 * audit trail know who acted.
 *
 * <p>Records written by an actor with role {@link #ROLE_SAMPLE} are marked {@code sample} ({@code "sample": true}
 * in REST), which is how the demo data set ({@code io.tepai.demo}) marks its records while going through the same
 * services as every user. No account of the realm carries that role.
 *
 * <p>Roles come from the JAAS realm. Besides the role itself ({@code county}) an account bound to a scope
 * carries a scope role ({@code county:wuzhi}, {@code unit:hpu}, {@code specialist:42}), so the scope travels
 * with the login to REST and console alike.
 *
 * @param username login name, or {@code system:<what>} for the platform itself
 * @param roles    the user's roles
 */
public record Actor(String username, Set<String> roles) {

    public static final String ROLE_CITY = "city";
    public static final String ROLE_COUNTY = "county";
    public static final String ROLE_UNIT = "unit";
    public static final String ROLE_SPECIALIST = "specialist";
    public static final String ROLE_AUDITOR = "auditor";
    /** City IT's container administrator (Karaf's {@code admin}); not a role of the programme. */
    public static final String ROLE_ADMIN = "admin";
    /**
     * Writes sample records: what the actor creates is marked {@code sample}, and its accounts may carry the short
     * demo passwords (password = user name). Only {@link #sampleData(String)} grants it.
     */
    public static final String ROLE_SAMPLE = "sample";

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** The platform acting on its own behalf, e.g. {@code Actor.system("demo-data")}. */
    public static Actor system(String what) {
        return new Actor("system:" + what, Set.of(ROLE_CITY));
    }

    /**
     * The platform writing sample data with the city office's rights, e.g. {@code Actor.sampleData("demo-data")};
     * add {@link #ROLE_ADMIN} for sample accounts of city IT.
     */
    public static Actor sampleData(String what) {
        return new Actor("system:" + what, Set.of(ROLE_CITY, ROLE_SAMPLE));
    }

    /** Whether what this actor creates is sample data (see {@link #ROLE_SAMPLE}). */
    public boolean writesSample() {
        return hasRole(ROLE_SAMPLE);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isCity() {
        return hasRole(ROLE_CITY);
    }

    /** The county an account of role {@code county} is bound to. */
    public Optional<String> county() {
        return scope(ROLE_COUNTY);
    }

    /** The dispatching unit an account of role {@code unit} is bound to. */
    public Optional<String> unit() {
        return scope(ROLE_UNIT);
    }

    /** The specialist an account of role {@code specialist} is bound to. */
    public Optional<Long> specialist() {
        return scope(ROLE_SPECIALIST).flatMap(id -> {
            try {
                return Optional.of(Long.parseLong(id));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private Optional<String> scope(String role) {
        if (!hasRole(role)) {
            return Optional.empty();
        }
        String prefix = role + ":";
        return roles.stream().filter(r -> r.startsWith(prefix)).map(r -> r.substring(prefix.length())).findFirst();
    }

    /** The role and scope, as the audit trail records it: {@code county:wuzhi}, {@code city}, … */
    public String scopeDescription() {
        return county().map(c -> "county:" + c)
                .or(() -> unit().map(u -> "unit:" + u))
                .or(() -> specialist().map(s -> "specialist:" + s))
                .orElseGet(() -> roles.stream().filter(r -> Set.of(ROLE_CITY, ROLE_AUDITOR).contains(r))
                        .sorted().findFirst().orElse("none"));
    }
}
