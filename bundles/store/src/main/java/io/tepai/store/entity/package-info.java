/**
 * JPA entities of Tepai's persistence unit. Exported to {@code io.tepai.core} only, which maps them to
 * the API records; they hold no rules.
 */
@Version("0.1.0")
package io.tepai.store.entity;

import org.osgi.annotation.versioning.Version;
