/**
 * Tepai's persistence: one transaction-scoped {@link io.tepai.store.Store} service and the repositories a
 * unit of work uses. For {@code io.tepai.core} only; holds no programme rules.
 */
@Version("0.4.0")
package io.tepai.store;

import org.osgi.annotation.versioning.Version;
