package io.tepai.core.specialist;

import io.tepai.api.FieldError;
import io.tepai.api.RuleViolationException;
import io.tepai.guard.PluginCalls;
import io.tepai.spi.tier.CandidateProfile;
import io.tepai.spi.tier.Degree;
import io.tepai.spi.tier.SpecialistTier;
import io.tepai.spi.tier.TitleLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * R-ELIG-1: a specialist is an in-service S&amp;T worker, in principle with an intermediate professional title or
 * above, or a master's degree, and with service experience. A tier may add its own conditions. "In principle"
 * means exceptions are allowed, but only with a recorded reason.
 */
public final class EligibilityRule {

    public static final String RULE = "R-ELIG-1";
    /** A tier's own conditions are its rule, R-TIER-1, not the programme-wide one (issue 19). */
    public static final String TIER_RULE = "R-TIER-1";

    private EligibilityRule() {
    }

    /** Every reason the candidate falls short; empty when eligible. */
    public static List<String> problems(CandidateProfile candidate, SpecialistTier tier) {
        List<String> problems = new ArrayList<>(programmeProblems(candidate));
        if (tier != null) {
            problems.addAll(tierProblems(candidate, tier));
        }
        return problems;
    }

    /** R-ELIG-1 itself, for every tier. */
    private static List<String> programmeProblems(CandidateProfile candidate) {
        List<String> problems = new ArrayList<>();
        if (!candidate.titleLevel().isAtLeast(TitleLevel.INTERMEDIATE) && !candidate.degree().isAtLeast(Degree.MASTER)) {
            problems.add("needs an intermediate professional title (中级职称) or above, or a master's degree");
        }
        if (!candidate.serviceExperience()) {
            problems.add("needs recorded service experience");
        }
        return problems;
    }

    /**
     * The rule a refusal names: R-TIER-1 when only the tier's own conditions are unmet, R-ELIG-1 as soon as one of
     * the programme-wide ones is.
     */
    private static String ruleOf(List<String> unmet, CandidateProfile candidate) {
        return programmeProblems(candidate).stream().anyMatch(unmet::contains) ? RULE : TIER_RULE;
    }

    /**
     * Throws unless the candidate is eligible or an exception reason covers every shortfall, and returns the
     * shortfalls the exception covers from now on (empty when eligible). An exception covers the problems it was
     * recorded for (issue 20): a new or changed reason covers today's problems; the reason already recorded covers
     * only the problems it was recorded for, so that a later, different shortfall (e.g. after a tier change) needs
     * a new reason.
     *
     * @param exceptionReason the reason given with this write, blank for none
     * @param recorded        the exception recorded before this write, null for a new specialist
     * @throws RuleViolationException naming every shortfall not covered, and R-ELIG-1 or, when only the tier's own
     *                                conditions are unmet, R-TIER-1
     */
    public static Set<String> check(CandidateProfile candidate, SpecialistTier tier, String exceptionReason,
                                    Recorded recorded) {
        List<String> problems = problems(candidate, tier);
        String reason = exceptionReason == null ? "" : exceptionReason.strip();
        if (problems.isEmpty()) {
            return Set.of();
        }
        if (reason.isEmpty()) {
            throw new RuleViolationException(ruleOf(problems, candidate), "The candidate is not eligible: "
                    + String.join("; ", problems)
                    + ". Admit them as an exception only by recording the reason in eligibilityException.",
                    errors(problems));
        }
        if (recorded == null || !recorded.reason().equals(reason)) {
            return new LinkedHashSet<>(problems);
        }
        List<String> uncovered = problems.stream().filter(p -> !recorded.covers().contains(p)).toList();
        if (!uncovered.isEmpty()) {
            throw new RuleViolationException(ruleOf(uncovered, candidate),
                    "The recorded exception covers only what it was recorded for ("
                    + String.join("; ", recorded.covers()) + "), not: " + String.join("; ", uncovered)
                    + ". Record a new reason in eligibilityException for these.", errors(uncovered));
        }
        return recorded.covers();
    }

    private static List<FieldError> errors(List<String> problems) {
        return problems.stream().map(problem -> new FieldError("eligibilityException", problem)).toList();
    }

    /**
     * An eligibility exception as recorded.
     *
     * @param reason the reason
     * @param covers the shortfalls it was recorded for
     */
    public record Recorded(String reason, Set<String> covers) {

        public Recorded {
            covers = Collections.unmodifiableSet(new LinkedHashSet<>(covers));
        }
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
