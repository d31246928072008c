package io.tepai.core.field;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.field.LogFilter;
import io.tepai.api.field.ProgressFilter;
import java.util.Optional;

/**
 * What of the service evidence an actor may read: the city office, the auditor and city IT read everything; a
 * county what happened in it; a unit its own specialists'; a specialist their own. A filter asking for more is
 * refused rather than silently narrowed, so that nobody mistakes a partial answer for the whole.
 */
final class ReadScope {

    private ReadScope() {
    }

    static boolean readsAll(Actor actor) {
        return actor.isCity() || actor.hasRole(Actor.ROLE_AUDITOR) || actor.hasRole("admin");
    }

    static LogFilter narrow(Actor actor, LogFilter filter) {
        if (readsAll(actor)) {
            return filter;
        }
        Optional<String> county = actor.county();
        if (county.isPresent()) {
            return new LogFilter(filter.specialistId(), same("county", filter.county(), county.get()), filter.unit(),
                    filter.recipientId(), filter.status(), filter.from(), filter.to());
        }
        Optional<String> unit = actor.unit();
        if (unit.isPresent()) {
            return new LogFilter(filter.specialistId(), filter.county(), same("unit", filter.unit(), unit.get()),
                    filter.recipientId(), filter.status(), filter.from(), filter.to());
        }
        long self = specialist(actor);
        if (filter.specialistId() != null && filter.specialistId() != self) {
            throw refused("specialist:" + filter.specialistId());
        }
        return new LogFilter(self, filter.county(), filter.unit(), filter.recipientId(), filter.status(),
                filter.from(), filter.to());
    }

    /** One record of a county, of a specialist of a unit: readable as {@link #narrow(Actor, LogFilter)} would list it. */
    static void requireReadable(Actor actor, String county, String unit, long specialistId) {
        if (readsAll(actor)) {
            return;
        }
        if (actor.county().isPresent()) {
            same("county", county, actor.county().get());
        } else if (actor.unit().isPresent()) {
            same("unit", unit, actor.unit().get());
        } else if (specialist(actor) != specialistId) {
            throw refused("specialist:" + specialistId);
        }
    }

    /** For a specialist the filter stays; {@link #ownOnly} then keeps their own row. */
    static ProgressFilter narrow(Actor actor, ProgressFilter filter) {
        if (readsAll(actor)) {
            return filter;
        }
        Optional<String> county = actor.county();
        if (county.isPresent()) {
            return new ProgressFilter(same("county", filter.county(), county.get()), filter.unit(), filter.teamId(),
                    filter.guidanceClass());
        }
        Optional<String> unit = actor.unit();
        if (unit.isPresent()) {
            return new ProgressFilter(filter.county(), same("unit", filter.unit(), unit.get()), filter.teamId(),
                    filter.guidanceClass());
        }
        specialist(actor);
        return filter;
    }

    /** The specialist whose own rows are all the actor may see, if that is what limits them. */
    static Optional<Long> ownOnly(Actor actor) {
        if (readsAll(actor) || actor.county().isPresent() || actor.unit().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(specialist(actor));
    }

    private static String same(String what, String asked, String own) {
        if (asked != null && !asked.isBlank() && !asked.strip().equals(own)) {
            throw refused(what + ":" + asked.strip());
        }
        return own;
    }

    private static long specialist(Actor actor) {
        return actor.specialist().orElseThrow(() -> refused(Actor.ROLE_CITY + " or " + Actor.ROLE_AUDITOR));
    }

    private static ForbiddenException refused(String scope) {
        return new ForbiddenException(scope, "This account may not read the service records of " + scope);
    }
}
