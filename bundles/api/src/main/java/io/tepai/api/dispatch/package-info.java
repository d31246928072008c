/**
 * Dispatch: which specialist serves which county in which year and at which level of support (R-REC-3), the
 * county squads derived from it (R-SQUAD-1), county workstations (R-SQUAD-2) and the coverage of every county's
 * leading industries (R-GOAL-1).
 */
@Export
@Version("0.5.0")
package io.tepai.api.dispatch;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
