package io.tepai.core.health;

import io.tepai.api.Health;
import io.tepai.api.HealthService;
import io.tepai.api.StartupTask;
import io.tepai.api.specialist.TierService;
import io.tepai.store.Store;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Reports the state of the database and the core components, and whether the platform is ready. It depends on
 * nothing being up, so that it can say what is down.
 *
 * <p>Up and ready differ while the platform is still starting: the database and the tiers can be up while the demo
 * data set is still being loaded (its accounts then answer 401 and its records are missing). City IT and the
 * container tests wait for ready, not for up. The demo bundle ({@code io.tepai.demo}, feature {@code tepai-demo})
 * reports its load as a {@link StartupTask}; until its task registers, the bundle being installed is what says it
 * is about to load.
 */
@Component(service = HealthService.class)
public class HealthServiceImpl implements HealthService {

    static final String DEMO = "demo";
    static final String DEMO_BUNDLE = "io.tepai.demo";
    /** Tepai's JAAS realm, which replaces Karaf's; while it is missing only etc/users.properties can sign in. */
    static final String REALM_FILTER = "(&(objectClass=org.apache.karaf.jaas.config.JaasRealm)"
            + "(component.name=io.tepai.realm.internal.TepaiRealm))";

    static final String LOADING = "loading";
    static final String LOADED = "loaded";
    static final String OFF = "off";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Store store;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile TierService tiers;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<StartupTask> tasks = new CopyOnWriteArrayList<>();

    private volatile BundleContext context;

    @Activate
    void activate(BundleContext context) {
        this.context = context;
    }

    @Override
    public Health check() {
        Store currentStore = store;
        String database = currentStore == null ? "DOWN: store not started (check the data source)"
                : currentStore.isReachable() ? "UP" : "DOWN: database not reachable";
        TierService currentTiers = tiers;
        String tierState = currentTiers == null ? "DOWN" : "UP: " + currentTiers.list().size() + " registered";
        Map<String, String> startup = new LinkedHashMap<>();
        startup.put(DEMO, demoInstalled() ? LOADING : OFF);
        tasks.forEach(task -> startup.put(task.name(), taskState(task.state())));
        return assess(database, tierState, signIn(), startup);
    }

    /**
     * Up: the database, the tiers and (in the container) the sign-in realm are up. Ready: up, and no startup task is
     * still loading. The demo component is "off" (not installed), "loading" (installed: the loader is starting or
     * loading), "loaded", or "failed: …" (see karaf.log; nothing more will load, so it does not hold ready back).
     *
     * @param signIn  the realm's state, or null outside a container
     * @param startup each startup task's state by name
     */
    static Health assess(String database, String tierState, String signIn, Map<String, String> startup) {
        Map<String, String> components = new LinkedHashMap<>();
        components.put("database", database);
        components.put("tiers", tierState);
        if (signIn != null) {
            components.put("signIn", signIn);
        }
        boolean up = components.values().stream().allMatch(state -> state.startsWith("UP"));
        components.putAll(startup);
        return new Health(up, up && !startup.containsValue(LOADING), components);
    }

    static String taskState(StartupTask.State state) {
        return switch (state) {
            case RUNNING -> LOADING;
            case DONE -> LOADED;
            case FAILED -> "failed: see data/log/karaf.log";
        };
    }

    /** The demo bundle's features install its bundle before any bundle starts, so this holds ready back in time. */
    private boolean demoInstalled() {
        BundleContext current = context;
        if (current == null) {
            return false;
        }
        try {
            return Arrays.stream(current.getBundles()).anyMatch(bundle -> DEMO_BUNDLE.equals(bundle.getSymbolicName())
                    && bundle.getState() != Bundle.UNINSTALLED);
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private String signIn() {
        BundleContext current = context;
        if (current == null) {
            return null;
        }
        try {
            var realms = current.getServiceReferences((String) null, REALM_FILTER);
            return realms != null && realms.length > 0 ? "UP"
                    : "DOWN: Tepai's accounts realm is not running (only etc/users.properties signs in)";
        } catch (InvalidSyntaxException | IllegalStateException e) {
            return "DOWN: " + e.getMessage();
        }
    }
}
