package io.tepai.core.funding;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.funding.AllocationFilter;
import io.tepai.api.funding.BudgetSource;
import java.util.Locale;
import java.util.Optional;

/**
 * What of the funding an actor may read: the city office, the auditor and city IT everything; a county the money
 * spent in it (and its own budget); a unit its own people's and teams' (and its own budget); a specialist their own
 * allocations. A filter asking for more is refused rather than silently narrowed, so that nobody mistakes a partial
 * answer for the whole.
 */
final class FundingScope {

    private FundingScope() {
    }

    static boolean readsAll(Actor actor) {
        return actor.isCity() || actor.hasRole(Actor.ROLE_AUDITOR) || actor.hasRole(Actor.ROLE_ADMIN);
    }

    /** The filter with the actor's scope imposed on it; 403 when it asks for someone else's. */
    static AllocationFilter narrow(Actor actor, AllocationFilter filter) {
        if (readsAll(actor)) {
            return filter;
        }
        Optional<String> county = actor.county();
        if (county.isPresent()) {
            return new AllocationFilter(filter.year(), filter.budgetId(), filter.teamId(), filter.specialistId(),
                    same("county", filter.county(), county.get()), filter.unit());
        }
        Optional<String> unit = actor.unit();
        if (unit.isPresent()) {
            return new AllocationFilter(filter.year(), filter.budgetId(), filter.teamId(), filter.specialistId(),
                    filter.county(), same("unit", filter.unit(), unit.get()));
        }
        long self = specialist(actor);
        if (filter.specialistId() != null && filter.specialistId() != self) {
            throw refused("specialist:" + filter.specialistId());
        }
        return new AllocationFilter(filter.year(), filter.budgetId(), null, self, filter.county(), filter.unit());
    }

    /** The budget source the actor may list: any (null) for those who read all, else their own; 403 for more. */
    static BudgetSource budgets(Actor actor, BudgetSource asked) {
        if (readsAll(actor)) {
            return asked;
        }
        BudgetSource own = actor.county().map(BudgetSource::county)
                .or(() -> actor.unit().map(BudgetSource::unit))
                .orElseThrow(() -> refused(Actor.ROLE_CITY + " or " + Actor.ROLE_AUDITOR));
        if (asked != null && !asked.equals(own)) {
            throw refused(asked.toString().toLowerCase(Locale.ROOT));
        }
        return own;
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
        return new ForbiddenException(scope, "This account may not read the funding of " + scope);
    }
}
