package io.tepai.core.roster;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.roster.RosterEntryFilter;
import io.tepai.core.access.Scopes;
import io.tepai.store.entity.RosterEntryEntity;

/**
 * Who reads what of the roster adjustment: the city office, the auditor and city IT everything; a county what
 * concerns the specialists it had (its requests, the entries of those dispatched to it); a unit its own specialists';
 * a specialist their own. A filter asking for more is refused rather than silently narrowed.
 */
final class RosterScope {

    private RosterScope() {
    }

    static boolean readsAll(Actor actor) {
        return actor.isCity() || actor.hasRole(Actor.ROLE_AUDITOR) || actor.hasRole(Actor.ROLE_ADMIN);
    }

    static RosterEntryFilter narrow(Actor actor, RosterEntryFilter filter) {
        if (readsAll(actor)) {
            return filter;
        }
        if (actor.county().isPresent()) {
            return new RosterEntryFilter(filter.outcome(), filter.unit(), same("county", filter.county(),
                    actor.county().get()), filter.specialistId());
        }
        if (actor.unit().isPresent()) {
            return new RosterEntryFilter(filter.outcome(), same("unit", filter.unit(), actor.unit().get()),
                    filter.county(), filter.specialistId());
        }
        return new RosterEntryFilter(filter.outcome(), filter.unit(), filter.county(),
                self(actor, filter.specialistId()));
    }

    /** One entry, readable as {@link #narrow} would list it. */
    static void requireReadable(Actor actor, RosterEntryEntity entry) {
        if (readsAll(actor)) {
            return;
        }
        boolean readable = actor.county().map(entry.getServedCounties()::contains)
                .or(() -> actor.unit().map(entry.getUnitCode()::equals))
                .orElseGet(() -> Scopes.isSelf(actor, entry.getSpecialistId()));
        if (!readable) {
            throw refused("specialist:" + entry.getSpecialistId());
        }
    }

    /** The unit a wish list is narrowed to (null: any), refusing accounts that read no wishes. */
    static String wishUnit(Actor actor) {
        if (readsAll(actor) || actor.specialist().isPresent()) {
            return null;
        }
        return actor.unit().orElseThrow(() -> refused(Actor.ROLE_CITY + ", unit or specialist"));
    }

    /** The specialist a list is narrowed to: their own for a specialist's account, else as asked. */
    static Long self(Actor actor, Long asked) {
        if (readsAll(actor) || actor.unit().isPresent() || actor.county().isPresent()) {
            return asked;
        }
        long own = actor.specialist().orElseThrow(() -> refused(Actor.ROLE_CITY + " or " + Actor.ROLE_AUDITOR));
        if (asked != null && asked != own) {
            throw refused("specialist:" + asked);
        }
        return own;
    }

    /** The county a request list is narrowed to (null: any); units read those about their specialists. */
    static String requestCounty(Actor actor, String asked) {
        if (readsAll(actor) || actor.unit().isPresent()) {
            return asked;
        }
        return same("county", asked, actor.county().orElseThrow(() -> refused(Actor.ROLE_CITY + ", county or unit")));
    }

    private static String same(String what, String asked, String own) {
        if (asked != null && !asked.isBlank() && !asked.strip().equals(own)) {
            throw refused(what + ":" + asked.strip());
        }
        return own;
    }

    private static ForbiddenException refused(String scope) {
        return new ForbiddenException(scope, "This account may not read the roster adjustment of " + scope);
    }
}
