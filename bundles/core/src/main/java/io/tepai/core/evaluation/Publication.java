package io.tepai.core.evaluation;

import io.tepai.api.evaluation.RoundStatus;
import io.tepai.core.module.PolicyModules.LocalIncentive;
import io.tepai.guard.CriterionLines;
import io.tepai.guard.PluginCalls;
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.spi.incentive.Incentive;
import io.tepai.spi.incentive.PublishedResult;
import io.tepai.store.entity.EvaluationResultEntity;
import io.tepai.store.entity.EvaluationRoundEntity;
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
        failures.forEach((policy, reasons) -> problems.add(CriterionLines.clip("Incentive policy " + policy
                + " granted nothing to " + reasons.get(0)
                + (reasons.size() > 1 ? " (and " + (reasons.size() - 1) + " more result(s))" : ""))));
        return new Outcome(grants, problems);
    }

    /** R-EVAL-4: excellent specialists receive a certificate, when their round is published. */
    static boolean earnsCertificate(SubjectKind kind, Grade grade) {
        return kind == SubjectKind.SPECIALIST && grade == Grade.EXCELLENT;
    }

    /** Why a result has no certificate (R-EVAL-4), for the one who asked for it. */
    static String noCertificate(EvaluationRoundEntity round, EvaluationResultEntity result) {
        SubjectKind kind = SubjectKind.valueOf(round.getKind());
        Grade grade = Grade.valueOf(result.getGrade());
        String why;
        if (kind != SubjectKind.SPECIALIST) {
            why = "certificates are for specialists, and this is a " + kind + " result";
        } else if (!RoundStatus.PUBLISHED.name().equals(round.getStatus())) {
            why = "certificates are issued when the round is published, and round " + round.getId() + " is "
                    + round.getStatus();
        } else {
            why = "this result is " + grade.nameZh() + " (" + grade + ")";
        }
        return "Result " + result.getId() + " has no certificate: only 优秀 (EXCELLENT) results of a published "
                + "specialist round have one (R-EVAL-4); " + why + ". 只有已发布的特派员考核中评为优秀的结果才有证书；"
                + (kind != SubjectKind.SPECIALIST ? "本结果不是特派员考核结果。"
                        : !RoundStatus.PUBLISHED.name().equals(round.getStatus()) ? "本轮考核尚未发布。"
                        : "本结果为" + grade.nameZh() + "。");
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
