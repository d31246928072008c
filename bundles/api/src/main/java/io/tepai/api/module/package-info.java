/**
 * Plug-in modules (county evaluation criteria, incentive policies, specialist tiers) and each county's switches
 * for them, kept in ConfigAdmin configuration {@code io.tepai.modules} (file {@code etc/io.tepai.modules.cfg}).
 */
@Export
@Version("0.2.0")
package io.tepai.api.module;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
