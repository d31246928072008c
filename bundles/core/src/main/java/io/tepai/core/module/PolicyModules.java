package io.tepai.core.module;

import io.tepai.spi.evaluation.EvaluationCriterion;
import io.tepai.spi.incentive.IncentivePolicy;
import java.util.List;

/**
 * What the rules ask of the loaded plug-in modules: which local criteria and incentive policies are in force for a
 * county, and whether a county accepts specialists of a plug-in tier. Only modules that are both loaded and switched
 * on for the county are returned.
 */
public interface PolicyModules {

    /** A county's enabled local criterion and the weight it has there. */
    record LocalCriterion(EvaluationCriterion criterion, String moduleId, String source, int weight) {
    }

    /** A county's enabled incentive policy. */
    record LocalIncentive(IncentivePolicy policy, String moduleId, String source) {
    }

    /** The loaded criteria the county switched on, ordered by module id. */
    List<LocalCriterion> criteriaFor(String county);

    /** The loaded incentive policies the county switched on, ordered by module id. */
    List<LocalIncentive> incentivesFor(String county);

    /**
     * True when specialists of the tier may serve in the county: always for Tepai's built-in tiers, for a plug-in
     * tier only where the county switched it on (R-TIER-1: a unit's own tier is its own business and a county's
     * choice to accept).
     */
    boolean tierAllowedIn(String tierId, String county);
}
