package io.tepai.core.health;

import io.tepai.api.Health;
import io.tepai.api.HealthService;
import io.tepai.api.specialist.TierService;
import io.tepai.core.demo.DemoDataLoader;
import io.tepai.store.Store;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.ConfigurationAdmin;
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
 * container tests wait for ready, not for up.
 */
@Component(service = HealthService.class)
public class HealthServiceImpl implements HealthService {

    static final String DEMO_PID = "io.tepai.demo";
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

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DemoDataLoader demo;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ConfigurationAdmin configurations;

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
        return assess(database, tierState, signIn(), demoState(demo, isConfigured(DEMO_PID)));
    }

    /**
     * Up: the database, the tiers and (in the container) the sign-in realm are up. Ready: up, and the demo data is
     * not still loading. The demo component is "off" (not configured), "loading" (configured: the loader is starting
     * or loading), "loaded", or "failed: …" (see karaf.log; nothing more will load, so it does not hold ready back).
     *
     * @param signIn the realm's state, or null outside a container
     */
    static Health assess(String database, String tierState, String signIn, String demoState) {
        Map<String, String> components = new LinkedHashMap<>();
        components.put("database", database);
        components.put("tiers", tierState);
        if (signIn != null) {
            components.put("signIn", signIn);
        }
        boolean up = components.values().stream().allMatch(state -> state.startsWith("UP"));
        components.put("demo", demoState);
        return new Health(up, up && !LOADING.equals(demoState), components);
    }

    /** The loader's own word once it runs; before that, configured means it is about to load. */
    static String demoState(DemoDataLoader loader, boolean configured) {
        if (loader != null) {
            return switch (loader.state()) {
                case LOADING -> LOADING;
                case LOADED -> LOADED;
                case FAILED -> "failed: see data/log/karaf.log";
            };
        }
        return configured ? LOADING : OFF;
    }

    private boolean isConfigured(String pid) {
        ConfigurationAdmin admin = configurations;
        if (admin == null) {
            return false;
        }
        try {
            var found = admin.listConfigurations("(service.pid=" + pid + ")");
            return found != null && found.length > 0;
        } catch (IOException | InvalidSyntaxException e) {
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
