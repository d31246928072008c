package io.tepai.core.specialist;

import io.tepai.api.FieldError;
import io.tepai.api.RuleViolationException;
import io.tepai.core.plugin.PluginCalls;
import io.tepai.spi.tier.CandidateProfile;
import io.tepai.spi.tier.Degree;
import io.tepai.spi.tier.SpecialistTier;
import io.tepai.spi.tier.TitleLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * R-ELIG-1: a specialist is an in-service S&amp;T worker, in principle with an intermediate professional title or
 * above, or a master's degree, and with service experience. A tier may add its own conditions. "In principle"
 * means exceptions are allowed, but only with a recorded reason.
 */
public final class EligibilityRule {

    public static final String RULE = "R-ELIG-1";


    private EligibilityRule() {
    }

    /** Every reason the candidate falls short; empty when eligible. */
    public static List<String> problems(CandidateProfile candidate, SpecialistTier tier) {
        List<String> problems = new ArrayList<>();
        if (!candidate.titleLevel().isAtLeast(TitleLevel.INTERMEDIATE) && !candidate.degree().isAtLeast(Degree.MASTER)) {
            problems.add("needs an intermediate professional title (中级职称) or above, or a master's degree");
        }
        if (!candidate.serviceExperience()) {
            problems.add("needs recorded service experience");
        }
        if (tier != null) {
            problems.addAll(tierProblems(candidate, tier));
        }
        return problems;
    }

    /**
     * Throws unless the candidate is eligible or an exception reason is recorded.
     *
     * @throws RuleViolationException naming R-ELIG-1 and every shortfall
     */
    public static void check(CandidateProfile candidate, SpecialistTier tier, String exceptionReason) {
        List<String> problems = problems(candidate, tier);
        if (problems.isEmpty() || (exceptionReason != null && !exceptionReason.isBlank())) {
            return;
        }
        throw new RuleViolationException(RULE, "The candidate is not eligible: " + String.join("; ", problems)
                + ". Admit them as an exception only by recording the reason in eligibilityException.",
                problems.stream().map(problem -> new FieldError("eligibilityException", problem)).toList());
    }

    /** A tier plug-in that fails must not make everyone ineligible, nor let its failure pass silently. */
    private static List<String> tierProblems(CandidateProfile candidate, SpecialistTier tier) {
        String id = PluginCalls.onCallerThread().call(tier.getClass().getName(), tier::id).orElse("?");
        PluginCalls.Outcome<List<String>> problems = PluginCalls.onCallerThread().call(id,
                () -> tier.eligibilityProblems(candidate));
        if (problems.failed()) {
            return List.of("the eligibility check of tier '" + id + "' failed; ask the city office");
        }
        return problems.orElse(List.of()).stream().filter(p -> p != null && !p.isBlank()).toList();
    }
}
