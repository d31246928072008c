/**
 * Sample plug-in: 河南理工大学's own specialist tier ({@code hpu-own}), with its own service threshold, funding
 * rule, evaluator and eligibility (R-TIER-1).
 *
 * <p>Built only against {@code io.tepai.spi}, as the university's own programmer would build it, and deployed
 * into the running container as the feature {@code tepai-plugin-hpu-tier}. Copy this module to write your own tier.
 */
package io.tepai.plugin.hpu.tier;
