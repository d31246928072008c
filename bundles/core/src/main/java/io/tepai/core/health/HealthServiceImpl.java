package io.tepai.core.health;

import io.tepai.api.Health;
import io.tepai.api.HealthService;
import io.tepai.api.specialist.TierService;
import io.tepai.store.Store;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Reports the state of the database and the core components. It depends on nothing being up, so that it can
 * say what is down.
 */
@Component(service = HealthService.class)
public class HealthServiceImpl implements HealthService {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Store store;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile TierService tiers;

    @Override
    public Health check() {
        Map<String, String> components = new LinkedHashMap<>();
        Store currentStore = store;
        components.put("database", currentStore == null ? "DOWN: store not started (check the data source)"
                : currentStore.isReachable() ? "UP" : "DOWN: database not reachable");
        TierService currentTiers = tiers;
        components.put("tiers", currentTiers == null ? "DOWN" : "UP: " + currentTiers.list().size() + " registered");
        boolean up = components.values().stream().allMatch(state -> state.startsWith("UP"));
        return new Health(up, components);
    }
}
