package io.tepai.core.tier;

import io.tepai.spi.tier.SpecialistTier;
import java.util.Optional;

/**
 * Core's own view of the registered tiers: the live plug-in service behind an id, for the rules that must ask a
 * tier something (eligibility, support level, threshold). Not exported; the API's {@code TierService} shows
 * tiers to everyone else as plain records.
 */
public interface SpecialistTiers {

    /** The tier service in force for this id. */
    Optional<SpecialistTier> tier(String id);
}
