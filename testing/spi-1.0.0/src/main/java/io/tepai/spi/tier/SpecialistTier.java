package io.tepai.spi.tier;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A specialist tier, registered as an OSGi service (for example a DS {@code @Component}).
 *
 * <p>Tepai collects every registered tier dynamically: a tier appears when its bundle starts and disappears
 * when it stops, without restarting Tepai. Specialists that reference a tier whose bundle is gone keep the
 * tier id; Tepai reports the tier as unavailable until it comes back.
 *
 * <p>Implementations must be thread-safe and fast: Tepai calls them while handling requests.
 */
@ConsumerType
public interface SpecialistTier {

    /**
     * Stable identifier, stored with every specialist of this tier: lower case letters, digits and
     * hyphens, at most 40 characters, e.g. {@code hpu-own}. Never change it once specialists use it.
     */
    String id();

    /** Chinese display name, e.g. {@code 市派科技特派员}. */
    String nameZh();

    /** English display name, e.g. {@code City-dispatched specialist}. */
    String nameEn();

    /**
     * Which government level supports a specialist of this tier. Tepai uses it for the rule that the city and
     * a county do not both support the same specialist (R-REC-3).
     */
    SupportLevel supportLevel();

    /** Who evaluates specialists of this tier each year (R-EVAL-2). */
    Evaluator evaluator();

    /** The yearly field-service threshold a specialist of this tier must meet (R-SVC-2). */
    ServiceThreshold annualServiceThreshold();

    /** What a specialist of this tier is granted per year, and who pays (R-FUND-1, R-FUND-2). */
    FundingRule annualFunding();

    /**
     * Tier-specific eligibility problems of a candidate, on top of the programme-wide rule R-ELIG-1 that
     * Tepai always applies. Return one human-readable sentence per problem; an empty list means eligible.
     * Problems can be overridden by an exception with a recorded reason, like the programme-wide rule.
     */
    default List<String> eligibilityProblems(CandidateProfile candidate) {
        return List.of();
    }
}
