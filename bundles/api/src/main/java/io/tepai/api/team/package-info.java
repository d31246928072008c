/**
 * Industry service teams (服务团, R-TEAM-1, R-TEAM-4) and their "1+N" service agreements with counties
 * (R-TEAM-2, R-TEAM-3).
 */
@Export
@Version("0.2.0")
package io.tepai.api.team;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
