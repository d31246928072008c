/**
 * Common types of Tepai's service API: paging, the acting user, and the errors every service throws.
 */
@Export
@Version("0.4.0")
package io.tepai.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
