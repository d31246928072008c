package io.tepai.api.account;

import io.tepai.api.Actor;

/** What an account may do; county, unit and specialist accounts are bound to one scope. */
public enum Role {
    /** The programme office at the city S&amp;T bureau: everything. */
    CITY(Actor.ROLE_CITY, false),
    /** A county's S&amp;T department, bound to one county code. */
    COUNTY(Actor.ROLE_COUNTY, true),
    /** A dispatching unit, bound to one unit code. */
    UNIT(Actor.ROLE_UNIT, true),
    /** One specialist, bound to their specialist id. */
    SPECIALIST(Actor.ROLE_SPECIALIST, true),
    /** Reads everything, changes nothing. */
    AUDITOR(Actor.ROLE_AUDITOR, false),
    /**
     * City IT's container administrator: Karaf's own commands (bundle, feature, config, system). Not a role of
     * the programme: it changes no programme record.
     */
    ADMIN(Actor.ROLE_ADMIN, false);

    private final String roleName;
    private final boolean scoped;

    Role(String roleName, boolean scoped) {
        this.roleName = roleName;
        this.scoped = scoped;
    }

    /** The JAAS role name, e.g. {@code county}. */
    public String roleName() {
        return roleName;
    }

    /** Whether accounts of this role must be bound to a county, unit or specialist. */
    public boolean scoped() {
        return scoped;
    }
}
