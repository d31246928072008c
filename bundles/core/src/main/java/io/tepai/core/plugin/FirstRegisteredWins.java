package io.tepai.core.plugin;

import io.tepai.guard.PluginCalls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plug-in services of a whiteboard by the id each one claims: when two services claim one id, the one registered
 * first is in force and the next takes over when it goes. A service whose id is malformed, or that fails to give
 * it, is left out and logged. SCR may bind one service while it unbinds another of the same id, so every change is
 * made under this object's lock; reads see a consistent snapshot.
 *
 * @param <S> the kind of entry kept per service (the service itself, or the service with what core knows of it)
 */
public final class FirstRegisteredWins<S> {

    /** Lower-case letters, digits and hyphens, at most 40 characters: the id rule of every SPI interface. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private static final Logger LOG = LoggerFactory.getLogger(FirstRegisteredWins.class);

    private final String what;
    private final Function<S, Object> service;
    /** Every claimant per id, in registration order; the first one is in force. */
    private volatile Map<String, List<S>> claims = Map.of();

    /**
     * @param what    what the entries are, for the log ("tier", "module")
     * @param service the plug-in service of an entry, compared by identity and named in the log by its bundle
     */
    public FirstRegisteredWins(String what, Function<S, Object> service) {
        this.what = what;
        this.service = service;
    }

    /**
     * Adds an entry under the id its plug-in gives, asked through {@code calls}.
     *
     * @return the id it claimed, or empty when it was left out
     */
    public Optional<String> add(S entry, PluginCalls calls, Function<S, String> id) {
        Object plugin = service.apply(entry);
        PluginCalls.Outcome<String> claimed = calls.call(bundle(plugin), () -> id.apply(entry));
        if (claimed.failed()) {
            LOG.warn("A {} from {} failed to give its id and is left out: {}", what, bundle(plugin),
                    claimed.failure());
            return Optional.empty();
        }
        String value = claimed.value();
        if (value == null || !ID.matcher(value).matches()) {
            LOG.warn("A {} from {} has an invalid id '{}' (lower-case letters, digits, hyphens; at most 40) and is"
                    + " left out", what, bundle(plugin), value);
            return Optional.empty();
        }
        S first;
        synchronized (this) {
            Map<String, List<S>> next = copy();
            List<S> claimants = next.computeIfAbsent(value, key -> new ArrayList<>());
            if (claimants.stream().noneMatch(e -> service.apply(e) == plugin)) {
                claimants.add(entry);
            }
            first = claimants.get(0);
            claims = freeze(next);
        }
        if (service.apply(first) != plugin) {
            LOG.warn("The {} id '{}' is already taken by {}; the one from {} waits until it goes", what, value,
                    bundle(service.apply(first)), bundle(plugin));
        } else {
            LOG.info("The {} '{}' is available from {}", what, value, bundle(plugin));
        }
        return Optional.of(value);
    }

    /** Removes the entry of a plug-in service that went; the next claimant of its id, if any, takes over. */
    public void remove(Object plugin) {
        synchronized (this) {
            Map<String, List<S>> next = copy();
            next.values().forEach(claimants -> claimants.removeIf(e -> service.apply(e) == plugin));
            next.values().removeIf(List::isEmpty);
            claims = freeze(next);
        }
        LOG.info("A {} from {} was withdrawn", what, bundle(plugin));
    }

    /** The entry in force for the id. */
    public Optional<S> inForce(String id) {
        List<S> claimants = id == null ? null : claims.get(id);
        return claimants == null ? Optional.empty() : Optional.of(claimants.get(0));
    }

    /** The ids claimed, sorted. */
    public Set<String> ids() {
        return new TreeSet<>(claims.keySet());
    }

    /** "symbolic-name version" of the bundle that provides a plug-in; outside OSGi (unit tests) its class name. */
    public static String bundle(Object plugin) {
        Bundle bundle = FrameworkUtil.getBundle(plugin.getClass());
        return bundle == null ? plugin.getClass().getName() : bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    private Map<String, List<S>> copy() {
        Map<String, List<S>> copy = new LinkedHashMap<>();
        claims.forEach((id, claimants) -> copy.put(id, new ArrayList<>(claimants)));
        return copy;
    }

    private static <S> Map<String, List<S>> freeze(Map<String, List<S>> claims) {
        Map<String, List<S>> frozen = new LinkedHashMap<>();
        claims.forEach((id, claimants) -> frozen.put(id, List.copyOf(claimants)));
        return Map.copyOf(frozen);
    }
}
