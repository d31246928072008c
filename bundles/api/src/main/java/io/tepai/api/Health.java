package io.tepai.api;

import java.util.Map;

/**
 * The platform's health.
 *
 * @param up         true when every component is up
 * @param components state of each component by name, e.g. {@code database -> UP}
 */
public record Health(boolean up, Map<String, String> components) {

    public Health {
        components = Map.copyOf(components);
    }
}
