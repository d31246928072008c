package io.tepai.spi.evaluation;

import java.util.Objects;
import java.util.Set;

/**
 * One subject of an evaluation round.
 *
 * @param kind       what is evaluated
 * @param key        the subject's stable key: a specialist's or team's id, a county's or unit's code
 * @param name       display name
 * @param county     the evaluating county for a specialist, the county itself for county work, else {@code null}
 * @param unit       the dispatching unit of a specialist or team, the unit itself for a unit, else {@code null}
 * @param tier       a specialist's tier id, else {@code null}
 * @param industries what the subject serves: a specialist the leading industries their dispatch names (or else those
 *                   of the county's leading industries one of their fields matches), a team its industry, a county
 *                   its leading industries; possibly empty
 */
public record Subject(SubjectKind kind, String key, String name, String county, String unit, String tier,
                      Set<String> industries) {

    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        industries = industries == null ? Set.of() : Set.copyOf(industries);
    }
}
