/**
 * What Tepai's own bundles report for city IT's monitoring (issue 18). Recorded by core and rest, exposed by the
 * optional metrics bundle; plug-ins neither record nor depend on it.
 */
@Export
@Version("0.1.0")
package io.tepai.api.metrics;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
