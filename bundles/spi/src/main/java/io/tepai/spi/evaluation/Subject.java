package io.tepai.spi.evaluation;

import java.util.Objects;
import java.util.Set;

/**
 * One subject of an evaluation round.
 *
 * @param kind          what is evaluated
 * @param key           the subject's stable key: a specialist's or team's id, a county's or unit's code
 * @param name          display name
 * @param county        the evaluating county for a specialist, the county itself for county work, else {@code null}
 * @param unit          the dispatching unit of a specialist or team, the unit itself for a unit, else {@code null}
 * @param tier          a specialist's tier id, else {@code null}
 * @param industries    what the subject serves: a specialist the leading industries their dispatch names (or else
 *                      those of the county's leading industries one of their fields matches), a team its industry, a
 *                      county its leading industries; possibly empty
 * @param fields        a specialist's fields of expertise (R-FIELD-1), e.g. {@code 怀山药栽培}; for a team, a county's
 *                      work or a unit those of every specialist it covers; possibly empty (since 1.1)
 * @param guidanceClass a specialist's guidance class (分类指导, R-TIER-2), the name of Tepai's classification, e.g.
 *                      {@code PUBLIC_WELFARE} or {@code RURAL_ENTREPRENEURSHIP}; {@code null} for other subjects and
 *                      when Tepai 1.0 assembled the data. Compare by name and expect classes added later (since 1.1)
 */
public record Subject(SubjectKind kind, String key, String name, String county, String unit, String tier,
                      Set<String> industries, Set<String> fields, String guidanceClass) {

    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        industries = industries == null ? Set.of() : Set.copyOf(industries);
        fields = fields == null ? Set.of() : Set.copyOf(fields);
    }

    /** The SPI 1.0 subject: no fields of expertise, no guidance class. */
    public Subject(SubjectKind kind, String key, String name, String county, String unit, String tier,
                   Set<String> industries) {
        this(kind, key, name, county, unit, tier, industries, Set.of(), null);
    }
}
