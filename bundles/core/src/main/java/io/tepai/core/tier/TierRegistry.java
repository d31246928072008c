package io.tepai.core.tier;

import io.tepai.api.specialist.Tier;
import io.tepai.api.specialist.TierService;
import io.tepai.core.plugin.FirstRegisteredWins;
import io.tepai.guard.PluginCalls;
import io.tepai.spi.tier.SpecialistTier;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Every {@link SpecialistTier} registered in the container, built-in or from a plug-in (whiteboard pattern).
 * Tiers come and go at runtime. A tier whose id is malformed, or that throws when asked for its description,
 * is left out and logged; it never breaks the listing of the others. When two services claim the same id,
 * the one registered first is in force, and the next takes over when it goes.
 */
@Component(service = {TierService.class, SpecialistTiers.class})
public class TierRegistry implements TierService, SpecialistTiers {

    /** Asked on the caller's thread: a tier answers while requests are handled, and must be fast (SPI). */
    private final PluginCalls calls = PluginCalls.onCallerThread();
    private final FirstRegisteredWins<SpecialistTier> tiers = new FirstRegisteredWins<>("specialist tier",
            tier -> tier);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addTier(SpecialistTier tier) {
        tiers.add(tier, calls, SpecialistTier::id);
    }

    public void removeTier(SpecialistTier tier) {
        tiers.remove(tier);
    }

    /** The live tier service with this id, for rules that need to ask it something. */
    @Override
    public Optional<SpecialistTier> tier(String id) {
        return tiers.inForce(id);
    }

    @Override
    public List<Tier> list() {
        return tiers.ids().stream()
                .map(this::tier)
                .flatMap(Optional::stream)
                .map(this::describe)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Tier::id))
                .toList();
    }

    @Override
    public Optional<Tier> find(String id) {
        return tier(id).flatMap(this::describe);
    }

    /** The tier as the API shows it; a tier that cannot describe itself is left out (logged by the caller). */
    private Optional<Tier> describe(SpecialistTier tier) {
        return Optional.ofNullable(calls.call(provider(tier), () -> new Tier(tier.id(),
                Objects.requireNonNull(tier.nameZh(), "nameZh"), Objects.requireNonNull(tier.nameEn(), "nameEn"),
                Objects.requireNonNull(tier.supportLevel(), "supportLevel"),
                Objects.requireNonNull(tier.evaluator(), "evaluator"),
                Objects.requireNonNull(tier.annualServiceThreshold(), "annualServiceThreshold"),
                Objects.requireNonNull(tier.annualFunding(), "annualFunding"), provider(tier))).value());
    }

    private static String provider(SpecialistTier tier) {
        Bundle bundle = FrameworkUtil.getBundle(tier.getClass());
        return bundle == null ? tier.getClass().getName() : bundle.getSymbolicName();
    }
}
