/**
 * Specialists (科技特派员) and their tiers (R-TIER-1, R-TIER-2, R-ELIG-1, R-FIELD-1).
 */
@Export
@Version("0.2.0")
package io.tepai.api.specialist;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
