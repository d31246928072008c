/**
 * Counties (县级单位) and dispatching units (派出单位).
 */
@Export
@Version("0.1.0")
package io.tepai.api.org;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
