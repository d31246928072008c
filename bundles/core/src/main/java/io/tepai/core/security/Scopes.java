package io.tepai.core.security;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;

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
