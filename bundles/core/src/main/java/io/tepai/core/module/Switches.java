package io.tepai.core.module;

import io.tepai.store.entity.ModuleSwitchEntity;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counties' module switches: as stored in the database ({@link #of}), or as an earlier release kept them in
 * configuration {@code io.tepai.modules} ({@code etc/io.tepai.modules.cfg}), which is read once to import them
 * ({@link #parse}):
 *
 * <pre>
 * wuzhi = wuzhi-demo-bases, hpu-own
 * wuzhi.wuzhi-demo-bases.weight = 15
 * </pre>
 *
 * A county key lists the modules switched on there; {@code <county>.<module>.weight} is a criterion's weight in that
 * county (1..100), kept when the module is switched off so that switching it on again restores it. Every other key
 * (the component's own properties, Karaf's file name) is not a switch and is ignored. Immutable.
 */
final class Switches {

    static final Switches NONE = new Switches(Map.of(), Map.of());

    static final int MIN_WEIGHT = 1;
    static final int MAX_WEIGHT = 100;

    private static final Logger LOG = LoggerFactory.getLogger(Switches.class);
    private static final Pattern COUNTY_KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern WEIGHT_KEY = Pattern.compile("([a-z0-9][a-z0-9-]*)\\.([a-z0-9][a-z0-9-]*)\\.weight");

    /** Modules switched on, per county; both sorted so that the listings read the same every time. */
    private final Map<String, Set<String>> enabled;
    /** Configured weights per county and module. */
    private final Map<String, Map<String, Integer>> weights;

    private Switches(Map<String, Set<String>> enabled, Map<String, Map<String, Integer>> weights) {
        this.enabled = enabled;
        this.weights = weights;
    }

    /** Reads the switches from configuration properties; a malformed weight is logged and ignored. */
    static Switches parse(Map<String, ?> properties) {
        if (properties == null) {
            return NONE;
        }
        Map<String, Set<String>> enabled = new TreeMap<>();
        Map<String, Map<String, Integer>> weights = new TreeMap<>();
        properties.forEach((key, value) -> {
            Matcher weightKey = WEIGHT_KEY.matcher(key);
            if (COUNTY_KEY.matcher(key).matches()) {
                Set<String> modules = modules(value);
                if (!modules.isEmpty()) {
                    enabled.put(key, modules);
                }
            } else if (weightKey.matches()) {
                weight(key, value).ifPresent(weight -> weights.computeIfAbsent(weightKey.group(1), c -> new TreeMap<>())
                        .put(weightKey.group(2), weight));
            }
        });
        return new Switches(freeze(enabled), freezeWeights(weights));
    }

    /** The switches as stored in the database: the rows switched on, and the weights of all rows. */
    static Switches of(Collection<ModuleSwitchEntity> rows) {
        Map<String, Set<String>> enabled = new TreeMap<>();
        Map<String, Map<String, Integer>> weights = new TreeMap<>();
        for (ModuleSwitchEntity row : rows) {
            if (row.isEnabled()) {
                enabled.computeIfAbsent(row.getCountyCode(), c -> new TreeSet<>()).add(row.getModuleId());
            }
            if (row.getWeight() != null) {
                weights.computeIfAbsent(row.getCountyCode(), c -> new TreeMap<>()).put(row.getModuleId(),
                        row.getWeight());
            }
        }
        return new Switches(freeze(enabled), freezeWeights(weights));
    }

    boolean isEmpty() {
        return enabled.isEmpty() && weights.isEmpty();
    }

    /** Every module with a switch on or a weight, per county: the rows these switches are stored as. */
    Map<String, Set<String>> stored() {
        Map<String, Set<String>> stored = new TreeMap<>();
        enabled.forEach((county, modules) -> stored.computeIfAbsent(county, c -> new TreeSet<>()).addAll(modules));
        weights.forEach((county, byModule) -> stored.computeIfAbsent(county, c -> new TreeSet<>())
                .addAll(byModule.keySet()));
        return freeze(stored);
    }

    boolean isEnabled(String county, String module) {
        return enabled.getOrDefault(county, Set.of()).contains(module);
    }

    /** The counties that switched the module on, sorted. */
    Set<String> counties(String module) {
        return enabled.entrySet().stream().filter(e -> e.getValue().contains(module)).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The modules the county switched on, sorted. */
    Set<String> modules(String county) {
        return enabled.getOrDefault(county, Set.of());
    }

    /** Every module switched on somewhere. */
    Set<String> enabledAnywhere() {
        return enabled.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
    }

    Optional<Integer> weight(String county, String module) {
        return Optional.ofNullable(weights.getOrDefault(county, Map.of()).get(module));
    }

    private static Set<String> modules(Object value) {
        Collection<?> items;
        if (value instanceof String text) {
            items = Arrays.asList(text.split(","));
        } else if (value instanceof String[] array) {
            items = Arrays.asList(array);
        } else if (value instanceof Collection<?> collection) {
            items = collection;
        } else {
            return Set.of();
        }
        return items.stream().filter(Objects::nonNull).map(item -> item.toString().strip()).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Optional<Integer> weight(String key, Object value) {
        try {
            int weight = value instanceof Number number ? number.intValue() : Integer.parseInt(value.toString().strip());
            if (weight >= MIN_WEIGHT && weight <= MAX_WEIGHT) {
                return Optional.of(weight);
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range weight
        }
        LOG.warn("Configuration io.tepai.modules: {} = '{}' is not a weight from {} to {}; the criterion's default"
                + " weight applies", key, value, MIN_WEIGHT, MAX_WEIGHT);
        return Optional.empty();
    }

    private static Map<String, Set<String>> freeze(Map<String, Set<String>> enabled) {
        Map<String, Set<String>> frozen = new TreeMap<>();
        enabled.forEach((county, modules) -> frozen.put(county, Collections.unmodifiableSet(
                new TreeSet<>(modules))));
        return Collections.unmodifiableMap(frozen);
    }

    private static Map<String, Map<String, Integer>> freezeWeights(Map<String, Map<String, Integer>> weights) {
        Map<String, Map<String, Integer>> frozen = new TreeMap<>();
        weights.forEach((county, byModule) -> frozen.put(county, Collections.unmodifiableMap(
                new TreeMap<>(byModule))));
        return Collections.unmodifiableMap(frozen);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Switches s && enabled.equals(s.enabled) && weights.equals(s.weights);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enabled, weights);
    }

    @Override
    public String toString() {
        return "Switches" + enabled + " weights " + weights;
    }
}
