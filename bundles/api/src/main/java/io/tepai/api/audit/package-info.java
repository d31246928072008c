/**
 * The audit trail: one append-only record per write, kept in the same transaction as the write.
 */
@Export
@Version("0.1.0")
package io.tepai.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
