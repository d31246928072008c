package io.tepai.core.security;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the values of {@code etc/io.tepai.security.cfg} ({@link SecurityConfiguration}) that sign-in, the remembered
 * sign-ins and account administration each take from it: an invalid value is logged and its default kept.
 */
final class SecuritySettings {

    private static final Logger LOG = LoggerFactory.getLogger(SecuritySettings.class);

    private SecuritySettings() {
    }

    static int positive(Map<String, Object> config, String key, int fallback) {
        Object value = config == null ? null : config.get(key);
        try {
            int parsed = value == null ? fallback : Integer.parseInt(value.toString().strip());
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            LOG.warn("io.tepai.security: '{}' is not a positive whole number for {}; using {}", value, key, fallback);
            return fallback;
        }
    }

    /** The password hashing the configuration asks for. */
    static Passwords passwords(Map<String, Object> config) {
        return new Passwords(positive(config, "passwordIterations", Passwords.DEFAULT_ITERATIONS));
    }
}
