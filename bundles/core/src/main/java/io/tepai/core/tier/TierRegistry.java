package io.tepai.core.tier;

import io.tepai.api.specialist.Tier;
import io.tepai.api.specialist.TierService;
import io.tepai.spi.tier.SpecialistTier;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@link SpecialistTier} registered in the container, built-in or from a plug-in (whiteboard pattern).
 * Tiers come and go at runtime. A tier whose id is malformed, or that throws when asked for its description,
 * is left out and logged; it never breaks the listing of the others. When two services claim the same id,
 * the one registered first is in force, and the next takes over when it goes.
 */
@Component(service = {TierService.class, SpecialistTiers.class})
public class TierRegistry implements TierService, SpecialistTiers {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private static final Logger LOG = LoggerFactory.getLogger(TierRegistry.class);

    /** Every registered tier per id, in registration order; the first one is in force. */
    private final Map<String, List<SpecialistTier>> tiers = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addTier(SpecialistTier tier) {
        String id = safeId(tier);
        if (id == null) {
            return;
        }
        List<SpecialistTier> claimants = tiers.compute(id, (key, existing) -> {
            List<SpecialistTier> list = existing == null ? new CopyOnWriteArrayList<>() : existing;
            if (!list.contains(tier)) {
                list.add(tier);
            }
            return list;
        });
        if (claimants.get(0) != tier) {
            LOG.warn("Tier id '{}' is already registered by {}; the one from {} waits until it goes",
                    id, provider(claimants.get(0)), provider(tier));
        } else {
            LOG.info("Specialist tier '{}' available (from {})", id, provider(tier));
        }
    }

    public void removeTier(SpecialistTier tier) {
        tiers.entrySet().removeIf(entry -> {
            entry.getValue().remove(tier);
            return entry.getValue().isEmpty();
        });
        LOG.info("Specialist tier from {} withdrawn", provider(tier));
    }

    /** The live tier service with this id, for rules that need to ask it something. */
    @Override
    public Optional<SpecialistTier> tier(String id) {
        List<SpecialistTier> claimants = id == null ? null : tiers.get(id);
        return claimants == null || claimants.isEmpty() ? Optional.empty() : Optional.of(claimants.get(0));
    }

    @Override
    public List<Tier> list() {
        return tiers.keySet().stream()
                .map(this::tier)
                .flatMap(Optional::stream)
                .map(TierRegistry::describe)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Tier::id))
                .toList();
    }

    @Override
    public Optional<Tier> find(String id) {
        return tier(id).flatMap(TierRegistry::describe);
    }

    static Optional<Tier> describe(SpecialistTier tier) {
        try {
            return Optional.of(new Tier(tier.id(), Objects.requireNonNull(tier.nameZh(), "nameZh"),
                    Objects.requireNonNull(tier.nameEn(), "nameEn"),
                    Objects.requireNonNull(tier.supportLevel(), "supportLevel"),
                    Objects.requireNonNull(tier.evaluator(), "evaluator"),
                    Objects.requireNonNull(tier.annualServiceThreshold(), "annualServiceThreshold"),
                    Objects.requireNonNull(tier.annualFunding(), "annualFunding"), provider(tier)));
        } catch (RuntimeException e) {
            LOG.warn("Tier from {} cannot describe itself and is left out: {}", provider(tier), e.toString());
            return Optional.empty();
        }
    }

    private static String safeId(SpecialistTier tier) {
        try {
            String id = tier.id();
            if (id != null && ID.matcher(id).matches()) {
                return id;
            }
            LOG.warn("Tier from {} has an invalid id '{}' (lower-case letters, digits, hyphens; at most 40)",
                    provider(tier), id);
        } catch (RuntimeException e) {
            LOG.warn("Tier from {} failed to give its id: {}", provider(tier), e.toString());
        }
        return null;
    }

    private static String provider(SpecialistTier tier) {
        Bundle bundle = FrameworkUtil.getBundle(tier.getClass());
        return bundle == null ? tier.getClass().getName() : bundle.getSymbolicName();
    }
}
