package io.tepai.api;

import java.util.Map;

/**
 * The platform's health.
 *
 * @param up         true when every component the platform needs is up (database, tiers, sign-in)
 * @param ready      true when, besides, nothing is still starting: the demo data, when configured, is loaded, so
 *                   every documented account signs in and every documented record is there
 * @param components state of each component by name, e.g. {@code database -> UP}, {@code demo -> loading}
 */
public record Health(boolean up, boolean ready, Map<String, String> components) {

    public Health {
        components = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(components));
    }
}
