/**
 * City IT's online backup of Tepai's database: a consistent copy taken while the platform keeps serving.
 */
@Export
@Version("0.1.0")
package io.tepai.api.backup;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
