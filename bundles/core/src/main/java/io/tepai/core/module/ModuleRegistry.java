package io.tepai.core.module;

import io.tepai.api.Actor;
import io.tepai.api.NotFoundException;
import io.tepai.api.ValidationException;
import io.tepai.api.module.Module;
import io.tepai.api.module.ModuleKind;
import io.tepai.api.module.ModuleService;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditTrail;
import io.tepai.core.validation.FieldErrors;
import io.tepai.spi.evaluation.EvaluationCriterion;
import io.tepai.spi.incentive.IncentivePolicy;
import io.tepai.spi.tier.SpecialistTier;
import io.tepai.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plug-in modules in the container (whiteboard: evaluation criteria, incentive policies and specialist tiers
 * that do not come from core) and each county's switches for them, kept in configuration {@value #PID}; the
 * layout of that configuration is described in {@link Switches}. Switches are read live (a changed
 * {@code etc/io.tepai.modules.cfg} applies at once) and written back through ConfigurationAdmin, so they survive
 * restarts.
 *
 * <p>A plug-in whose id throws or is malformed is left out and logged; when two services claim one id (of any
 * kind) the one registered first is the module, and the next takes over when it goes, as in the tier registry.
 */
@Designate(ocd = ModulesConfiguration.class)
@Component(service = {ModuleService.class, PolicyModules.class}, configurationPid = ModuleRegistry.PID)
public class ModuleRegistry implements ModuleService, PolicyModules {

    public static final String PID = "io.tepai.modules";

    /** The weight of a criterion whose own default is broken. */
    static final int FALLBACK_WEIGHT = 10;

    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistry.class);
    private static final String ENTITY = "Module";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /** A loaded plug-in service and what it extends. */
    private record Plugin(ModuleKind kind, Object service) {
    }

    private final Store store;
    private final ConfigurationAdmin configurationAdmin;
    private final Clock clock;
    private final Predicate<SpecialistTier> builtIn;
    /** Every registered plug-in per id, in registration order; the first one is the module. */
    private final Map<String, List<Plugin>> plugins = new ConcurrentHashMap<>();
    /** Core's own tiers with their ids: always allowed everywhere, never modules. */
    private final Map<SpecialistTier, String> builtInTiers = new ConcurrentHashMap<>();
    /** Serialises writers, so that two toggles at once cannot overwrite each other's switches. */
    private final Object writeLock = new Object();
    private volatile Switches switches = Switches.NONE;

    @Activate
    public ModuleRegistry(@Reference Store store, @Reference ConfigurationAdmin configurationAdmin,
                          Map<String, Object> config) {
        this(store, configurationAdmin, Clock.systemUTC(), ModuleRegistry::fromCoreBundle);
        configure(config);
    }

    /**
     * @param builtIn tells core's own tiers from plug-in tiers; in the container, by the bundle that provides them
     */
    public ModuleRegistry(Store store, ConfigurationAdmin configurationAdmin, Clock clock,
                          Predicate<SpecialistTier> builtIn) {
        this.store = store;
        this.configurationAdmin = configurationAdmin;
        this.clock = clock;
        this.builtIn = builtIn;
    }

    /** Applies the switches of the configuration, at activation and whenever it changes (file, console, REST). */
    @Modified
    public void configure(Map<String, Object> config) {
        synchronized (writeLock) {
            switches = Switches.parse(config);
        }
        LOG.debug("Module switches: {}", switches);
    }

    // --- whiteboard

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addCriterion(EvaluationCriterion criterion) {
        add(ModuleKind.CRITERION, criterion, criterion::id);
    }

    public void removeCriterion(EvaluationCriterion criterion) {
        remove(criterion);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addIncentive(IncentivePolicy policy) {
        add(ModuleKind.INCENTIVE, policy, policy::id);
    }

    public void removeIncentive(IncentivePolicy policy) {
        remove(policy);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addTier(SpecialistTier tier) {
        if (builtIn.test(tier)) {
            String id = safeId(tier, tier::id);
            if (id != null) {
                builtInTiers.put(tier, id);
            }
            return;
        }
        add(ModuleKind.TIER, tier, tier::id);
    }

    public void removeTier(SpecialistTier tier) {
        if (builtInTiers.remove(tier) == null) {
            remove(tier);
        }
    }

    private void add(ModuleKind kind, Object service, Supplier<String> id) {
        String moduleId = safeId(service, id);
        if (moduleId == null) {
            return;
        }
        Plugin plugin = new Plugin(kind, service);
        Plugin first;
        // SCR may bind one service while it unbinds another of the same id; the list changes under one lock
        synchronized (plugins) {
            List<Plugin> claimants = plugins.computeIfAbsent(moduleId, key -> new CopyOnWriteArrayList<>());
            if (claimants.stream().noneMatch(p -> p.service() == service)) {
                claimants.add(plugin);
            }
            first = claimants.get(0);
        }
        if (first.service() != service) {
            LOG.warn("Module id '{}' is already taken by a {} from {}; the {} from {} waits until it goes", moduleId,
                    first.kind(), bundle(first.service()), kind, bundle(service));
        } else {
            LOG.info("Module '{}' ({}) loaded from {}", moduleId, kind, bundle(service));
        }
    }

    private void remove(Object service) {
        synchronized (plugins) {
            plugins.entrySet().removeIf(entry -> {
                entry.getValue().removeIf(p -> p.service() == service);
                return entry.getValue().isEmpty();
            });
        }
        LOG.info("Module from {} withdrawn", bundle(service));
    }

    // --- ModuleService

    @Override
    public List<Module> list() {
        Switches current = switches;
        Set<String> ids = new TreeSet<>(plugins.keySet());
        ids.addAll(current.enabledAnywhere());
        return ids.stream().map(id -> describe(id, current)).flatMap(Optional::stream).toList();
    }

    @Override
    public Module get(String id) {
        return describe(id, switches).orElseThrow(() -> new ModuleNotLoadedException(id, loadedIds()));
    }

    @Override
    public boolean isEnabled(String county, String moduleId) {
        return switches.isEnabled(county, moduleId);
    }

    @Override
    public Module enable(Actor actor, String county, String moduleId, Integer weight) {
        Objects.requireNonNull(actor, "actor");
        String code = requireText("county", county);
        String id = requireText("module", moduleId);
        Scopes.requireCounty(actor, code, "switch modules on or off for county '" + code + "'");
        requireCounty(code);
        Plugin plugin = inForce(id).orElseThrow(() -> new ModuleNotLoadedException(id, loadedIds()));
        if (weight != null && plugin.kind() != ModuleKind.CRITERION) {
            throw ValidationException.of("weight", "only an evaluation criterion has a weight; '" + id + "' is "
                    + plugin.kind());
        }
        if (weight != null && (weight < Switches.MIN_WEIGHT || weight > Switches.MAX_WEIGHT)) {
            throw ValidationException.of("weight", "must be from " + Switches.MIN_WEIGHT + " to "
                    + Switches.MAX_WEIGHT + ", not " + weight);
        }
        if (toggle(actor, code, id, "enable", s -> s.enable(code, id, weight))) {
            LOG.info("{} switched module '{}' on for county '{}'{}", actor.username(), id, code,
                    weight == null ? "" : " with weight " + weight);
        }
        return get(id);
    }

    @Override
    public Module disable(Actor actor, String county, String moduleId) {
        Objects.requireNonNull(actor, "actor");
        String code = requireText("county", county);
        String id = requireText("module", moduleId);
        Scopes.requireCounty(actor, code, "switch modules on or off for county '" + code + "'");
        requireCounty(code);
        Module module = get(id);
        if (!toggle(actor, code, id, "disable", s -> s.disable(code, id))) {
            return module;
        }
        LOG.info("{} switched module '{}' off for county '{}'", actor.username(), id, code);
        // an unloaded module switched off in its last county is gone from the list, yet the caller sees what it did
        return describe(id, switches).orElseGet(() -> new Module(id, null, null, null, null, false, Set.of(),
                Map.of()));
    }

    /**
     * Changes the switches as stored in ConfigurationAdmin (not as last delivered here, which may lag behind a file
     * just edited), audits the change and writes it back, in the audit's transaction: a write that fails leaves no
     * audit record. Nothing is written or audited when the switches would not change.
     *
     * @return whether anything changed
     */
    private boolean toggle(Actor actor, String county, String module, String action, Function<Switches,
            Switches> change) {
        synchronized (writeLock) {
            Configuration configuration = configuration();
            Dictionary<String, Object> stored = configuration.getProperties();
            Switches before = Switches.parse(stored);
            Switches after = change.apply(before);
            if (after.equals(before)) {
                return false;
            }
            Dictionary<String, Object> properties = copy(stored);
            after.writeTo(properties, county, module);
            store.write(repos -> {
                AuditTrail.record(repos, actor, Instant.now(clock), ENTITY, module, action,
                        switchOf(before, county, module), switchOf(after, county, module), null);
                try {
                    configuration.update(properties);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot save configuration " + PID, e);
                }
                return null;
            });
            switches = after;
            return true;
        }
    }

    private Configuration configuration() {
        try {
            // "?" binds the configuration to no one bundle, as Karaf's file install does for etc/*.cfg
            return configurationAdmin.getConfiguration(PID, "?");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read configuration " + PID, e);
        }
    }

    private static Dictionary<String, Object> copy(Dictionary<String, Object> stored) {
        Hashtable<String, Object> copy = new Hashtable<>();
        if (stored != null) {
            for (String key : Collections.list(stored.keys())) {
                copy.put(key, stored.get(key));
            }
        }
        return copy;
    }

    private static ModuleSwitch switchOf(Switches switches, String county, String module) {
        return new ModuleSwitch(county, switches.isEnabled(county, module), switches.weight(county, module)
                .orElse(null));
    }

    // --- PolicyModules

    @Override
    public List<LocalCriterion> criteriaFor(String county) {
        Switches current = switches;
        return current.modules(county).stream()
                .flatMap(id -> inForce(id).filter(p -> p.kind() == ModuleKind.CRITERION).stream().map(p -> {
                    EvaluationCriterion criterion = (EvaluationCriterion) p.service();
                    return new LocalCriterion(criterion, id, bundle(criterion), weightIn(current, county, id,
                            criterion));
                }))
                .toList();
    }

    @Override
    public List<LocalIncentive> incentivesFor(String county) {
        return switches.modules(county).stream()
                .flatMap(id -> inForce(id).filter(p -> p.kind() == ModuleKind.INCENTIVE).stream()
                        .map(p -> new LocalIncentive((IncentivePolicy) p.service(), id, bundle(p.service()))))
                .toList();
    }

    @Override
    public boolean tierAllowedIn(String tierId, String county) {
        if (tierId == null) {
            return false;
        }
        if (builtInTiers.containsValue(tierId)) {
            return true;
        }
        return inForce(tierId).filter(p -> p.kind() == ModuleKind.TIER).isPresent()
                && switches.isEnabled(county, tierId);
    }

    // --- helpers

    private Optional<Plugin> inForce(String id) {
        List<Plugin> claimants = id == null ? null : plugins.get(id);
        return claimants == null || claimants.isEmpty() ? Optional.empty() : Optional.of(claimants.get(0));
    }

    private List<String> loadedIds() {
        return plugins.keySet().stream().sorted().toList();
    }

    private Optional<Module> describe(String id, Switches current) {
        Set<String> counties = current.counties(id);
        Optional<Plugin> plugin = inForce(id);
        if (plugin.isEmpty()) {
            if (counties.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Integer> weights = new TreeMap<>();
            counties.forEach(c -> current.weight(c, id).ifPresent(w -> weights.put(c, w)));
            return Optional.of(new Module(id, null, null, null, null, false, counties, weights));
        }
        Plugin p = plugin.get();
        Map<String, Integer> weights = new TreeMap<>();
        if (p.service() instanceof EvaluationCriterion criterion) {
            counties.forEach(c -> weights.put(c, weightIn(current, c, id, criterion)));
        }
        return Optional.of(new Module(id, p.kind(), name(p, true, id), name(p, false, id), bundle(p.service()), true,
                counties, weights));
    }

    private static int weightIn(Switches current, String county, String id, EvaluationCriterion criterion) {
        return current.weight(county, id).orElseGet(() -> defaultWeight(id, criterion));
    }

    private static int defaultWeight(String id, EvaluationCriterion criterion) {
        try {
            int weight = criterion.defaultWeight();
            if (weight >= Switches.MIN_WEIGHT && weight <= Switches.MAX_WEIGHT) {
                return weight;
            }
            LOG.warn("Criterion '{}' from {} has a default weight of {}, outside {}..{}; {} is used", id,
                    bundle(criterion), weight, Switches.MIN_WEIGHT, Switches.MAX_WEIGHT, FALLBACK_WEIGHT);
        } catch (RuntimeException e) {
            LOG.warn("Criterion '{}' from {} failed to give its default weight ({}); {} is used", id,
                    bundle(criterion), e.toString(), FALLBACK_WEIGHT);
        }
        return FALLBACK_WEIGHT;
    }

    /** A plug-in's name, or its id when it cannot say (a broken name must not hide the module's switches). */
    private static String name(Plugin plugin, boolean chinese, String id) {
        try {
            String name = switch (plugin.kind()) {
                case CRITERION -> chinese ? ((EvaluationCriterion) plugin.service()).nameZh()
                        : ((EvaluationCriterion) plugin.service()).nameEn();
                case INCENTIVE -> chinese ? ((IncentivePolicy) plugin.service()).nameZh()
                        : ((IncentivePolicy) plugin.service()).nameEn();
                case TIER -> chinese ? ((SpecialistTier) plugin.service()).nameZh()
                        : ((SpecialistTier) plugin.service()).nameEn();
            };
            return name == null || name.isBlank() ? id : name;
        } catch (RuntimeException e) {
            LOG.warn("Module '{}' from {} failed to give its name: {}", id, bundle(plugin.service()), e.toString());
            return id;
        }
    }

    private static String safeId(Object service, Supplier<String> id) {
        try {
            String value = id.get();
            if (value != null && ID.matcher(value).matches()) {
                return value;
            }
            LOG.warn("Plug-in {} from {} has an invalid id '{}' (lower-case letters, digits, hyphens; at most 40)"
                    + " and is left out", service.getClass().getName(), bundle(service), value);
        } catch (RuntimeException e) {
            LOG.warn("Plug-in {} from {} failed to give its id and is left out: {}", service.getClass().getName(),
                    bundle(service), e.toString());
        }
        return null;
    }

    private static String requireText(String field, String value) {
        new FieldErrors().text(field, value, 64).throwIfAny();
        return value.strip();
    }

    private void requireCounty(String county) {
        if (!store.read(repos -> repos.counties().find(county).isPresent())) {
            throw new NotFoundException("County", county);
        }
    }

    /** "symbolic-name version" of the providing bundle; outside OSGi (unit tests) the class name. */
    private static String bundle(Object service) {
        Bundle bundle = FrameworkUtil.getBundle(service.getClass());
        return bundle == null ? service.getClass().getName() : bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    /** Built-in tiers are the ones core itself registers. */
    private static boolean fromCoreBundle(SpecialistTier tier) {
        Bundle core = FrameworkUtil.getBundle(ModuleRegistry.class);
        return core != null && core.equals(FrameworkUtil.getBundle(tier.getClass()));
    }
}
