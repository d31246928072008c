/**
 * The yearly roster adjustment (R-REC-4): the specialists' wishes and the counties' requests for next year, and the
 * roster the city office prepares from them and the published evaluations' renewal proposals, adjusts and confirms.
 */
@Export
@Version("0.1.0")
package io.tepai.api.roster;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
