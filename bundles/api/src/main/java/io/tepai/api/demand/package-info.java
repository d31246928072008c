/**
 * Technology demands (科技需求): a county's demand table (R-DEM-1), experts' contacts with the recipients as candidate
 * matches (R-DEM-2), and the county's confirmation of one of them, two-way selection by demand (R-REC-3), up to the
 * dispatch that serves the demand.
 */
@Export
@Version("0.1.0")
package io.tepai.api.demand;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
