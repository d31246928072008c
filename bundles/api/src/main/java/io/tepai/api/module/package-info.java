/**
 * Plug-in modules (county evaluation criteria, incentive policies, specialist tiers) and each county's switches
 * for them, kept in the database so that every node on it sees the same switches (an earlier release's
 * {@code etc/io.tepai.modules.cfg} is imported once on upgrade).
 */
@Export
@Version("0.2.0")
package io.tepai.api.module;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
