/**
 * Extension point for specialist tiers (R-TIER-1).
 *
 * <p>A tier is one way a specialist can be dispatched and supported: province-dispatched, city-dispatched,
 * county-dispatched, a unit's own tier, and any tier a county or university adds in its own plug-in bundle.
 * Tepai's built-in tiers implement {@link io.tepai.spi.tier.SpecialistTier} exactly as a plug-in would.
 *
 * <p>A tier's threshold and funding are configurable in {@code etc/io.tepai.tier.<id>.cfg}: Tepai's tiers read it
 * themselves, and a plug-in tier does the same by naming the PID on its component and reading the keys with
 * {@link io.tepai.spi.tier.TierConfiguration}.
 *
 * <p>Versioning: {@code SpecialistTier} is a consumer type. Adding an abstract method is a major change;
 * this package grows by default methods and new types only.
 */
@Export
@Version("1.0.0")
package io.tepai.spi.tier;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
