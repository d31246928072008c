package io.tepai.core.evaluation;

import io.tepai.core.module.PolicyModules.LocalIncentive;
import io.tepai.spi.incentive.Incentive;
import io.tepai.spi.incentive.PublishedResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The incentives granted when a round is published (R-INC-1, R-INC-2): the built-in green channel for every
 * result, and each county policy switched on for the subject's county. A policy that fails or returns something
 * unusable grants nothing for that result, and the failure becomes one of the round's problems.
 */
final class Publication {

    /** One incentive for one result. */
    record Grant(long resultId, String policyId, String source, Incentive incentive) {
    }

    record Outcome(List<Grant> grants, List<String> problems) {
    }

    private static final int MAX_KIND = 40;
    private static final int MAX_DESCRIPTION = 500;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");
    private static final GreenChannel GREEN_CHANNEL = new GreenChannel();

    private Publication() {
    }

    /**
     * @param results  each published result by its result id
     * @param policies the county policies in force for a county code (none for a result without a county)
     */
    static Outcome grants(Map<Long, PublishedResult> results, Function<String, List<LocalIncentive>> policies,
                          PluginCalls calls) {
        List<Grant> grants = new ArrayList<>();
        Map<String, List<String>> failures = new LinkedHashMap<>();
        results.forEach((resultId, result) -> {
            GREEN_CHANNEL.grants(result).forEach(i -> grants.add(new Grant(resultId, GreenChannel.ID,
                    Scoring.BUILT_IN, i)));
            String county = result.subject().county();
            for (LocalIncentive policy : county == null ? List.<LocalIncentive>of() : policies.apply(county)) {
                PluginCalls.Outcome<List<Incentive>> outcome = calls.call(policy.moduleId(),
                        () -> policy.policy().grants(result));
                String problem = outcome.failed() ? outcome.failure() : invalid(outcome.value());
                if (problem != null) {
                    failures.computeIfAbsent(policy.moduleId(), id -> new ArrayList<>())
                            .add(result.subject().name() + ": " + problem);
                    continue;
                }
                outcome.value().forEach(i -> grants.add(new Grant(resultId, policy.moduleId(), policy.source(), i)));
            }
        });
        List<String> problems = new ArrayList<>();
        failures.forEach((policy, reasons) -> problems.add(Scoring.clip("Incentive policy " + policy
                + " granted nothing to " + reasons.get(0)
                + (reasons.size() > 1 ? " (and " + (reasons.size() - 1) + " more result(s))" : ""))));
        return new Outcome(grants, problems);
    }

    /** Why a policy's answer cannot be recorded, or null when it can. */
    static String invalid(List<Incentive> incentives) {
        if (incentives == null) {
            return "it returned no list";
        }
        for (Incentive incentive : incentives) {
            if (incentive == null) {
                return "it returned an empty entry";
            }
            if (incentive.kind().isBlank() || incentive.kind().length() > MAX_KIND) {
                return "kind must be 1.." + MAX_KIND + " characters";
            }
            if (incentive.description().isBlank() || incentive.description().length() > MAX_DESCRIPTION) {
                return "description must be 1.." + MAX_DESCRIPTION + " characters";
            }
            BigDecimal amount = incentive.amountCny();
            if (amount != null && (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0)) {
                return "amount " + amount.toPlainString() + " is not a sum of yuan and fen";
            }
        }
        return null;
    }
}
