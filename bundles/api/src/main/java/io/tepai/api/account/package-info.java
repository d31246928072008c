/**
 * Accounts of the people who use Tepai, their roles and scopes, and authentication against them. No type here
 * ever carries a password or a password hash.
 */
@Export
@Version("0.1.0")
package io.tepai.api.account;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
