package io.tepai.core.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * What city IT may set in {@code etc/io.tepai.security.cfg}, described for the web console and {@code config:meta}.
 * {@link SignIn}, {@link RecentSignIns}, {@link AccountAdministration} and {@link BootstrapAdministrator} read the raw
 * values, so that an invalid one is logged and its default kept.
 */
@ObjectClassDefinition(name = "Tepai sign-in security",
        description = "Sign-in security of Tepai's accounts (REST and console).")
@interface SecurityConfiguration {

    @AttributeDefinition(name = "Failed sign-ins before lockout", min = "1",
            description = "Failed sign-ins in a row before the account is locked.")
    int maxFailedLogins() default 5;

    @AttributeDefinition(name = "Lockout (minutes)", min = "1", description = "How long a locked account stays locked.")
    int lockoutMinutes() default 15;

    @AttributeDefinition(name = "Sign-in cache (seconds)", min = "1", description = "A successful sign-in is "
            + "remembered (as an HMAC under an in-memory key) so that each REST call does not recompute the password "
            + "hash; any change to the account forgets it.")
    int loginCacheSeconds() default 300;

    @AttributeDefinition(name = "Password hash iterations", min = "1", description = "PBKDF2-HMAC-SHA256 work factor "
            + "for new and reset passwords; existing hashes keep theirs.")
    int passwordIterations() default Passwords.DEFAULT_ITERATIONS;

    @AttributeDefinition(name = "Bootstrap administrator password", type = AttributeType.PASSWORD, required = false,
            description = "A new installation without the demo data has no accounts: set this once to create the "
                    + "administrator \"admin\" on the next start (only while no account exists), then remove it.")
    String bootstrapAdminPassword();
}
