package io.tepai.core.evaluation;

import io.tepai.core.module.PolicyModules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Plug-in modules switched on per county by the test itself. */
final class FakeModules implements PolicyModules {

    final Map<String, List<LocalCriterion>> criteria = new HashMap<>();
    final Map<String, List<LocalIncentive>> incentives = new HashMap<>();

    FakeModules enable(String county, LocalCriterion criterion) {
        criteria.computeIfAbsent(county, c -> new ArrayList<>()).add(criterion);
        return this;
    }

    FakeModules enable(String county, LocalIncentive incentive) {
        incentives.computeIfAbsent(county, c -> new ArrayList<>()).add(incentive);
        return this;
    }

    @Override
    public List<LocalCriterion> criteriaFor(String county) {
        return criteria.getOrDefault(county, List.of());
    }

    @Override
    public List<LocalIncentive> incentivesFor(String county) {
        return incentives.getOrDefault(county, List.of());
    }

    @Override
    public boolean tierAllowedIn(String tierId, String county) {
        return true;
    }
}
