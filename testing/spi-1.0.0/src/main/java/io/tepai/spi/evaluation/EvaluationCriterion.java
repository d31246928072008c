package io.tepai.spi.evaluation;

import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One criterion of an annual evaluation, registered as an OSGi service.
 *
 * <p>Tepai calls {@link #score} once per subject of a round, on a worker thread, with a time limit (configuration
 * {@code io.tepai.evaluation}, {@code criterionTimeoutMs}); the names and {@link #appliesTo()} are asked under the
 * same limit. A criterion that throws, returns nothing, returns a score outside 0..100 or runs out of time does not
 * break the round: its line in that subject's result says it failed and why, and the subject is graded on the other
 * criteria, whose weights are scaled to fill the gap. After one timeout it is not asked again in that computation.
 * Names are cut at 120 characters and explanations at 500.
 *
 * <p>Implementations must be thread-safe and must not keep the data they are handed.
 */
@ConsumerType
public interface EvaluationCriterion {

    /**
     * Stable identifier, also the module name counties enable: lower-case letters, digits and hyphens, at most 40
     * characters, e.g. {@code wuzhi-demo-bases}. Never change it once results name it.
     */
    String id();

    /** Chinese name shown in results, e.g. {@code 示范基地建设}. */
    String nameZh();

    /** English name shown in results, e.g. {@code Demonstration bases built}. */
    String nameEn();

    /** The kinds of subject this criterion scores; it is not asked about others. */
    Set<SubjectKind> appliesTo();

    /**
     * The weight this criterion has when a county enables it without configuring one, 1 to 100 (anything else counts
     * as 10). Weights are relative: a subject's total is the weighted mean of its criteria's scores.
     */
    default int defaultWeight() {
        return 10;
    }

    /**
     * Scores one subject.
     *
     * @param data everything Tepai knows about the subject for the round's programme year
     * @return a score from 0 to 100 with a one-sentence explanation a county official can check, or
     *         {@link CriterionScore#notApplicable(String)} when the subject gives nothing to judge by
     */
    CriterionScore score(SubjectData data);
}
