/**
 * Annual evaluation (R-EVAL-1..4) and the renewal proposal it leads to (R-REC-4): rounds that move from draft to
 * computed to reviewed to published, explainable results with each criterion's score, weight and explanation, the
 * 15% cap on excellent, manual adjustments with reasons, the public list, certificates for excellent specialists.
 */
@Export
@Version("0.1.0")
package io.tepai.api.evaluation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
