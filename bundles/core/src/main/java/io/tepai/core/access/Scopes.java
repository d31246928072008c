package io.tepai.core.access;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.account.Role;

/**
 * Who may change what (scoping is enforced here, in core, so that REST and console obey the same rules).
 * The city office changes everything; a county only its own county's records; a unit only itself and its own
 * specialists; a specialist only their own profile; the auditor nothing. Every refusal names the scope that
 * would have allowed it.
 */
public final class Scopes {

    private Scopes() {
    }

    public static void requireCity(Actor actor, String what) {
        if (!actor.isCity()) {
            throw new ForbiddenException(Actor.ROLE_CITY, "Only the city programme office may " + what);
        }
    }

    /**
     * Managing accounts (create, bind, enable/disable, reset the password). An ADMIN account is Karaf's container
     * administrator, who installs bundles and so holds the whole installation: only an administrator (an ADMIN
     * account, or an emergency user of {@code etc/users.properties} on the console, who has role admin) creates,
     * binds, enables, disables or resets one, and nobody else makes an account ADMIN. Every other account is the
     * city office's to manage; city IT's administrator may manage them too (it creates the city office's first
     * account on a new installation).
     *
     * @param roles the roles the operation touches: the account's role now and, for create and bind, the new one
     */
    public static void requireAccountManager(Actor actor, String what, Role... roles) {
        boolean admin = actor.hasRole(Actor.ROLE_ADMIN);
        for (Role role : roles) {
            if (role == Role.ADMIN && !admin) {
                throw new ForbiddenException(Actor.ROLE_ADMIN, "Only city IT's administrator may " + what
                        + " of role ADMIN (the container's administrator); the city office manages the "
                        + "programme's accounts");
            }
        }
        if (!actor.isCity() && !admin) {
            throw new ForbiddenException(Actor.ROLE_CITY, "Only the city programme office may " + what);
        }
    }

    /** Reading accounts and the audit trail. */
    public static void requireCityOrAuditor(Actor actor, String what) {
        if (!actor.isCity() && !actor.hasRole(Actor.ROLE_AUDITOR)) {
            throw new ForbiddenException(Actor.ROLE_CITY + " or " + Actor.ROLE_AUDITOR,
                    "Only the city programme office and the auditor may " + what);
        }
    }

    public static void requireCounty(Actor actor, String county, String what) {
        if (!actor.isCity() && !actor.county().filter(county::equals).isPresent()) {
            throw new ForbiddenException("county:" + county, "Only the city office or county '" + county
                    + "' may " + what);
        }
    }

    public static void requireUnit(Actor actor, String unit, String what) {
        if (!actor.isCity() && !actor.unit().filter(unit::equals).isPresent()) {
            throw new ForbiddenException("unit:" + unit, "Only the city office or unit '" + unit + "' may " + what);
        }
    }

    /** The specialist themself (their own logs, requests, records) or the city office. */
    public static void requireSelf(Actor actor, long specialistId, String what) {
        if (!actor.isCity() && !isSelf(actor, specialistId)) {
            throw new ForbiddenException("specialist:" + specialistId, "Only specialist " + specialistId
                    + " themself or the city office may " + what);
        }
    }

    /** Whether the actor is the specialist's own account. */
    public static boolean isSelf(Actor actor, long specialistId) {
        return actor.specialist().filter(id -> id == specialistId).isPresent();
    }
}
