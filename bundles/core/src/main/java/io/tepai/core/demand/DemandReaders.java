package io.tepai.core.demand;

import io.tepai.api.Actor;
import io.tepai.store.DemandRepository;

/**
 * Who reads what of a demand (R-DEM-1, R-DEM-2). Anyone reads the published table; the contact person's phone is for
 * those who may call them — signed-in units and specialists (the experts), the county itself, the city office and the
 * auditor — not for anonymous callers nor other counties. Drafts are the county's own until published.
 */
final class DemandReaders {

    private DemandReaders() {
    }

    /** Whose drafts the actor sees ({@code null}: anonymous). */
    static DemandRepository.Drafts drafts(Actor actor) {
        if (actor == null) {
            return DemandRepository.Drafts.NONE;
        }
        if (readsAll(actor)) {
            return DemandRepository.Drafts.ALL;
        }
        return actor.county().map(DemandRepository.Drafts::of).orElse(DemandRepository.Drafts.NONE);
    }

    /** Whether the actor sees a demand of {@code county} that is (or is not) published. */
    static boolean sees(Actor actor, String county, boolean published) {
        return published || readsAll(actor) || (actor != null && actor.county().filter(county::equals).isPresent());
    }

    /** Whether the actor sees the phone of the contact person of a demand of {@code county}. */
    static boolean seesPhone(Actor actor, String county) {
        return actor != null && (readsAll(actor) || actor.hasRole(Actor.ROLE_UNIT)
                || actor.hasRole(Actor.ROLE_SPECIALIST) || actor.county().filter(county::equals).isPresent());
    }

    private static boolean readsAll(Actor actor) {
        return actor != null && (actor.isCity() || actor.hasRole(Actor.ROLE_AUDITOR));
    }
}
