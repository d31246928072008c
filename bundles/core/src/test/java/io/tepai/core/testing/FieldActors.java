package io.tepai.core.testing;

import io.tepai.api.Actor;
import java.util.Set;

/**
 * The accounts that act in the field besides the city office and the counties of {@link Organisation}: a
 * specialist's own account, a dispatching unit's account and the auditor, with the scope roles the realm gives them.
 */
public final class FieldActors {

    public static final Actor HPU = unit("hpu");
    public static final Actor JZU = unit("jzu");
    public static final Actor AUDITOR = new Actor("auditor", Set.of(Actor.ROLE_AUDITOR));

    private FieldActors() {
    }

    /** The specialist's own account: role {@code specialist} bound to the specialist by its scope role. */
    public static Actor specialist(long id) {
        return new Actor("specialist-" + id, Set.of(Actor.ROLE_SPECIALIST, Actor.ROLE_SPECIALIST + ":" + id));
    }

    /** A dispatching unit's account: role {@code unit} bound to the unit by its scope role. */
    public static Actor unit(String code) {
        return new Actor(code + "-kjc", Set.of(Actor.ROLE_UNIT, Actor.ROLE_UNIT + ":" + code));
    }
}
