package io.tepai.core.module;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.dispatch.AssignmentFilter;
import io.tepai.api.module.Module;
import io.tepai.api.module.ModuleKind;
import io.tepai.api.module.ModuleOwner;
import io.tepai.api.module.ModuleService;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditTrail;
import io.tepai.core.plugin.FirstRegisteredWins;
import io.tepai.core.validation.FieldErrors;
import io.tepai.guard.PluginCalls;
import io.tepai.spi.evaluation.EvaluationCriterion;
import io.tepai.spi.incentive.IncentivePolicy;
import io.tepai.spi.module.County;
import io.tepai.spi.module.Shared;
import io.tepai.spi.module.Unit;
import io.tepai.spi.tier.SpecialistTier;
import io.tepai.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
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
 * that do not come from core), the owner each one declares in its {@code io.tepai.spi.module} service properties,
 * and each county's switches for them ({@link SwitchStore}, in the database; configuration {@value #PID} is read only
 * to import the switches an earlier release kept there). Who may switch what is
 * {@link SwitchRights}. Module ids are unique across kinds; the service registered first is the module
 * ({@link FirstRegisteredWins}).
 */
@Designate(ocd = ModulesConfiguration.class)
@Component(service = {ModuleService.class, PolicyModules.class}, configurationPid = ModuleRegistry.PID)
public class ModuleRegistry implements ModuleService, PolicyModules {

    public static final String PID = "io.tepai.modules";

    /** The longest module id a switch can name (column {@code module_switch.module_id}). */
    static final int MAX_ID = 64;

    /** The weight of a criterion whose own default is broken. */
    static final int FALLBACK_WEIGHT = 10;

    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistry.class);

    /** A loaded plug-in service, what it extends and whose it is. */
    private record Plugin(ModuleKind kind, Object service, ModuleOwner owner) {
    }

    private final Store store;
    private final SwitchStore switches;
    private final Predicate<SpecialistTier> builtIn;
    /** Ids, names and weights are quick questions, asked on the caller's thread; failures are logged and isolated. */
    private final PluginCalls calls = PluginCalls.onCallerThread();
    private final FirstRegisteredWins<Plugin> plugins = new FirstRegisteredWins<>("module", Plugin::service);
    /** Core's own tiers with their ids: always allowed everywhere, never modules. */
    private final Map<SpecialistTier, String> builtInTiers = new ConcurrentHashMap<>();

    /** @param config {@value #PID}, from an earlier release's {@code etc/io.tepai.modules.cfg}: imported once */
    @Activate
    public ModuleRegistry(@Reference Store store, Map<String, Object> config) {
        this(store, Clock.systemUTC(), ModuleRegistry::fromCoreBundle);
        switches.importOnce(config);
    }

    /**
     * @param builtIn tells core's own tiers from plug-in tiers; in the container, by the bundle that provides them
     */
    public ModuleRegistry(Store store, Clock clock, Predicate<SpecialistTier> builtIn) {
        this.store = store;
        this.switches = new SwitchStore(store, clock);
        this.builtIn = builtIn;
    }

    /**
     * Imports a configuration that appears while running (an old file copied into etc/ during an upgrade), and
     * tells an operator who edits the old file that switches live in the database now. Declared so that a change of
     * the file does not restart the component, which would drop every plug-in reference for a moment.
     */
    @Modified
    public void modified(Map<String, Object> config) {
        if (switches.importOnce(config) == 0 && !Switches.parse(config).isEmpty()) {
            LOG.warn("{} changed, but module switches are kept in the database and the file was only read once, to "
                    + "import them; switch with tepai:module-enable / tepai:module-disable or /api/modules",
                    SwitchStore.OLD_FILE);
        }
    }

    // --- whiteboard

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addCriterion(EvaluationCriterion criterion, Map<String, Object> properties) {
        plugins.add(new Plugin(ModuleKind.CRITERION, criterion, owner(properties)), calls, p -> criterion.id());
    }

    public void removeCriterion(EvaluationCriterion criterion) {
        plugins.remove(criterion);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addIncentive(IncentivePolicy policy, Map<String, Object> properties) {
        plugins.add(new Plugin(ModuleKind.INCENTIVE, policy, owner(properties)), calls, p -> policy.id());
    }

    public void removeIncentive(IncentivePolicy policy) {
        plugins.remove(policy);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addTier(SpecialistTier tier, Map<String, Object> properties) {
        if (builtIn.test(tier)) {
            String id = calls.call(bundle(tier), tier::id).value();
            if (id != null) {
                builtInTiers.put(tier, id);
            }
            return;
        }
        plugins.add(new Plugin(ModuleKind.TIER, tier, owner(properties)), calls, p -> tier.id());
    }

    public void removeTier(SpecialistTier tier) {
        if (builtInTiers.remove(tier) == null) {
            plugins.remove(tier);
        }
    }

    /** The owner a plug-in service declares in its service properties ({@code io.tepai.spi.module}). */
    static ModuleOwner owner(Map<String, ?> properties) {
        Object shared = properties.get(Shared.PROPERTY);
        return new ModuleOwner(text(properties.get(County.PROPERTY)), text(properties.get(Unit.PROPERTY)),
                Boolean.TRUE.equals(shared) || "true".equalsIgnoreCase(text(shared)));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    // --- ModuleService

    @Override
    public List<Module> list() {
        Switches current = switches.all();
        Set<String> ids = new TreeSet<>(plugins.ids());
        ids.addAll(current.enabledAnywhere());
        return ids.stream().map(id -> describe(id, current)).flatMap(Optional::stream).toList();
    }

    @Override
    public Module get(String id) {
        return describe(id, switches.ofModule(id)).orElseThrow(() -> new ModuleNotLoadedException(id, plugins.ids()));
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
        Plugin plugin = plugins.inForce(id).orElse(null);
        auditingRefusal(actor, code, id, "enable", () -> {
            if (plugin == null) {
                SwitchRights.requireMaySwitchOff(actor, code);
            } else {
                SwitchRights.requireMaySwitchOn(actor, code, id, plugin.owner(), this::unitServes);
            }
        });
        requireCounty(code);
        if (plugin == null) {
            throw new ModuleNotLoadedException(id, plugins.ids());
        }
        if (weight != null && plugin.kind() != ModuleKind.CRITERION) {
            throw ValidationException.of("weight", "only an evaluation criterion has a weight; '" + id + "' is "
                    + plugin.kind());
        }
        if (weight != null && (weight < Switches.MIN_WEIGHT || weight > Switches.MAX_WEIGHT)) {
            throw ValidationException.of("weight", "must be from " + Switches.MIN_WEIGHT + " to "
                    + Switches.MAX_WEIGHT + ", not " + weight);
        }
        if (switches.toggle(actor, code, id, true, weight)) {
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
        auditingRefusal(actor, code, id, "disable", () -> SwitchRights.requireMaySwitchOff(actor, code));
        requireCounty(code);
        Module module = get(id);
        if (!switches.toggle(actor, code, id, false, null)) {
            return module;
        }
        LOG.info("{} switched module '{}' off for county '{}'", actor.username(), id, code);
        // an unloaded module switched off in its last county is gone from the list, yet the caller sees what it did
        return describe(id, switches.ofModule(id)).orElseGet(() -> new Module(id, null, null, null, null, null, false,
                Set.of(), Map.of()));
    }

    /** Runs a rights check; a refusal is audited before it reaches the caller. */
    private void auditingRefusal(Actor actor, String county, String module, String action, Runnable check) {
        try {
            check.run();
        } catch (ForbiddenException e) {
            switches.refused(actor, county, module, action, e.getMessage());
            LOG.info("{} was refused to {} module '{}' for county '{}': {}", actor.username(), action, module, county,
                    e.getMessage());
            throw e;
        }
    }

    /** A unit serves a county once one of its specialists has been assigned there (any programme year). */
    private boolean unitServes(String unit, String county) {
        return store.read(repos -> repos.assignments().search(new AssignmentFilter(county, null, null, unit, null),
                new PageRequest(1, 1)).total() > 0);
    }

    // --- PolicyModules

    @Override
    public List<LocalCriterion> criteriaFor(String county) {
        Switches current = switches.ofCounty(county);
        return current.modules(county).stream()
                .flatMap(id -> plugins.inForce(id).filter(p -> p.kind() == ModuleKind.CRITERION).stream().map(p -> {
                    EvaluationCriterion criterion = (EvaluationCriterion) p.service();
                    return new LocalCriterion(criterion, id, bundle(criterion), weightIn(current, county, id,
                            criterion));
                }))
                .toList();
    }

    @Override
    public List<LocalIncentive> incentivesFor(String county) {
        return switches.ofCounty(county).modules(county).stream()
                .flatMap(id -> plugins.inForce(id).filter(p -> p.kind() == ModuleKind.INCENTIVE).stream()
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
        return plugins.inForce(tierId).filter(p -> p.kind() == ModuleKind.TIER).isPresent()
                && switches.isEnabled(county, tierId);
    }

    // --- helpers

    private Optional<Module> describe(String id, Switches current) {
        Set<String> counties = current.counties(id);
        Optional<Plugin> plugin = plugins.inForce(id);
        if (plugin.isEmpty()) {
            if (counties.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Integer> weights = new TreeMap<>();
            counties.forEach(c -> current.weight(c, id).ifPresent(w -> weights.put(c, w)));
            return Optional.of(new Module(id, null, null, null, null, null, false, counties, weights));
        }
        Plugin p = plugin.get();
        Map<String, Integer> weights = new TreeMap<>();
        if (p.service() instanceof EvaluationCriterion criterion) {
            counties.forEach(c -> weights.put(c, weightIn(current, c, id, criterion)));
        }
        return Optional.of(new Module(id, p.kind(), name(p, true, id), name(p, false, id), bundle(p.service()),
                p.owner(), true, counties, weights));
    }

    private int weightIn(Switches current, String county, String id, EvaluationCriterion criterion) {
        return current.weight(county, id).orElseGet(() -> defaultWeight(id, criterion));
    }

    private int defaultWeight(String id, EvaluationCriterion criterion) {
        Integer weight = calls.call(id, criterion::defaultWeight).value();
        if (weight != null && weight >= Switches.MIN_WEIGHT && weight <= Switches.MAX_WEIGHT) {
            return weight;
        }
        if (weight != null) {
            LOG.warn("Criterion '{}' from {} has a default weight of {}, outside {}..{}; {} is used", id,
                    bundle(criterion), weight, Switches.MIN_WEIGHT, Switches.MAX_WEIGHT, FALLBACK_WEIGHT);
        }
        return FALLBACK_WEIGHT;
    }

    /** A plug-in's name, or its id when it cannot say (a broken name must not hide the module's switches). */
    private String name(Plugin plugin, boolean chinese, String id) {
        String name = calls.call(id, () -> switch (plugin.kind()) {
            case CRITERION -> chinese ? ((EvaluationCriterion) plugin.service()).nameZh()
                    : ((EvaluationCriterion) plugin.service()).nameEn();
            case INCENTIVE -> chinese ? ((IncentivePolicy) plugin.service()).nameZh()
                    : ((IncentivePolicy) plugin.service()).nameEn();
            case TIER -> chinese ? ((SpecialistTier) plugin.service()).nameZh()
                    : ((SpecialistTier) plugin.service()).nameEn();
        }).value();
        return name == null || name.isBlank() ? id : name;
    }

    private static String requireText(String field, String value) {
        new FieldErrors().text(field, value, MAX_ID).throwIfAny();
        return value.strip();
    }

    private void requireCounty(String county) {
        if (!store.read(repos -> repos.counties().find(county).isPresent())) {
            throw new NotFoundException("County", county);
        }
    }

    private static String bundle(Object service) {
        return FirstRegisteredWins.bundle(service);
    }

    /** Built-in tiers are the ones core itself registers. */
    private static boolean fromCoreBundle(SpecialistTier tier) {
        Bundle core = FrameworkUtil.getBundle(ModuleRegistry.class);
        return core != null && core.equals(FrameworkUtil.getBundle(tier.getClass()));
    }
}
