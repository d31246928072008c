package io.tepai.core.module;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.module.ModuleOwner;
import io.tepai.core.access.Scopes;
import java.util.function.BiPredicate;

/**
 * Who may switch a module on or off for a county. Switching off is the county's own business: the city office or
 * the county itself. Switching on is the owner's offer and the county's choice: the city office always; the county
 * itself when it owns the module, when the owner declared it shared, or when the owner is a unit that serves the
 * county. A unit <em>serves</em> a county when one of its specialists has been assigned there in any programme year
 * (the dispatch record; a tier has to be accepted before the unit's first specialist of that tier can be assigned,
 * so "serves" cannot wait for one). A module that names no owner is the city office's to switch on.
 */
final class SwitchRights {

    private SwitchRights() {
    }

    static void requireMaySwitchOff(Actor actor, String county) {
        Scopes.requireCounty(actor, county, "switch modules on or off for county '" + county + "'");
    }

    /** @param unitServes whether a unit (first) serves a county (second); asked only for a unit's module */
    static void requireMaySwitchOn(Actor actor, String county, String module, ModuleOwner owner,
                                   BiPredicate<String, String> unitServes) {
        requireMaySwitchOff(actor, county);
        if (actor.isCity() || owner.shared() || county.equals(owner.county())
                || owner.unit() != null && unitServes.test(owner.unit(), county)) {
            return;
        }
        if (owner.county() != null) {
            throw new ForbiddenException(Actor.ROLE_CITY + " or county:" + owner.county(), "Module '" + module
                    + "' belongs to county '" + owner.county() + "', which has not shared it: only '"
                    + owner.county() + "' and the city office may switch it on");
        }
        if (owner.unit() != null) {
            throw new ForbiddenException(Actor.ROLE_CITY, "Module '" + module + "' belongs to unit '" + owner.unit()
                    + "', which has never had a specialist assigned to county '" + county + "' and has not shared"
                    + " it: only the city office may switch it on there");
        }
        throw new ForbiddenException(Actor.ROLE_CITY, "Module '" + module + "' names no owner county or unit: only"
                + " the city office may switch it on");
    }
}
