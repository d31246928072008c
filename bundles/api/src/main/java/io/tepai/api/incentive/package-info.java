/** Incentives granted from published evaluation results (R-INC-1, R-INC-2), by built-in and county policies. */
@Export
@Version("0.1.0")
package io.tepai.api.incentive;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
