package io.tepai.api.evaluation;

import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.SubjectKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An evaluation round: one programme year, one kind of subject, one evaluator (R-EVAL-2).
 *
 * @param county      the evaluating county of a specialist round or a county's team round; {@code null} for the
 *                    city's rounds
 * @param evaluator   {@code county:<code>} or {@code city}
 * @param stale       true when inputs changed since the last computation: compute again before review
 * @param gradeCounts how many subjects have each final grade
 * @param excellentQuota the most subjects that may be excellent (R-EVAL-3: 15% of the subjects, rounded down)
 * @param problems    what went wrong while computing or publishing (failed plug-ins), one sentence each
 */
public record Round(long id, int year, SubjectKind kind, String county, String evaluator, RoundStatus status,
                    boolean stale, int subjects, Map<Grade, Integer> gradeCounts, int excellentQuota,
                    List<String> problems, Instant createdAt, String createdBy, Instant computedAt,
                    Instant reviewedAt, Instant publishedAt, long version) {

    public Round {
        gradeCounts = gradeCounts == null ? Map.of() : Map.copyOf(gradeCounts);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
