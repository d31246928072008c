package io.tepai.api.module;

/** What a module extends. */
public enum ModuleKind {
    /** An evaluation criterion ({@code io.tepai.spi.evaluation.EvaluationCriterion}). */
    CRITERION,
    /** An incentive policy ({@code io.tepai.spi.incentive.IncentivePolicy}). */
    INCENTIVE,
    /** A specialist tier from a plug-in ({@code io.tepai.spi.tier.SpecialistTier}); built-in tiers are not modules. */
    TIER
}
