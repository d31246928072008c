package io.tepai.core.testing;

import io.tepai.core.module.ModuleRegistry;
import io.tepai.core.module.PolicyModules;
import io.tepai.spi.tier.SpecialistTier;
import io.tepai.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;

/** Module registries for tests, where no bundle tells core's own tiers from plug-in ones. */
public final class Modules {

    /** Core's tiers live in {@code io.tepai.core.tier}; in the container the providing bundle decides. */
    public static final Predicate<SpecialistTier> BUILT_IN =
            tier -> tier.getClass().getPackageName().equals("io.tepai.core.tier");

    private Modules() {
    }

    /** A registry on the store, which keeps the switches. */
    public static ModuleRegistry registry(Store store, Clock clock) {
        return new ModuleRegistry(store, clock, BUILT_IN);
    }

    /** For services under test that only dispatch built-in tiers: no local modules, every tier accepted. */
    public static PolicyModules acceptingEveryTier() {
        return new PolicyModules() {
            @Override
            public List<LocalCriterion> criteriaFor(String county) {
                return List.of();
            }

            @Override
            public List<LocalIncentive> incentivesFor(String county) {
                return List.of();
            }

            @Override
            public boolean tierAllowedIn(String tierId, String county) {
                return true;
            }
        };
    }
}
