package io.tepai.api.specialist;

/**
 * Filters for listing specialists; null or empty values do not filter. All given filters must match.
 *
 * @param county code of a county the specialist serves: dispatched to it (an assignment) in {@code year}. The
 *               year's dispatch is the one truth for "serves county X in year Y" (R-REC-3, issue 20); the
 *               specialist's wished-for counties ({@link Specialist#counties()}) are not consulted
 * @param unit   dispatching unit code
 * @param tier   tier id
 * @param status programme status
 * @param field  a field of expertise, matched as a case-insensitive substring
 * @param text   matched case-insensitively against name, title and fields
 * @param year   the programme year of the dispatch {@code county} asks about; null for any year. The REST API and
 *               the console fill in the current programme year when none is named
 * @param guidanceClass the guidance class (分类指导, R-TIER-2)
 */
public record SpecialistFilter(String county, String unit, String tier, SpecialistStatus status, String field,
                               String text, Integer year, Classification guidanceClass) {

    public static final SpecialistFilter ALL = new SpecialistFilter(null, null, null, null, null, null);

    /** A filter of any guidance class. */
    public SpecialistFilter(String county, String unit, String tier, SpecialistStatus status, String field,
                            String text, Integer year) {
        this(county, unit, tier, status, field, text, year, null);
    }

    /** A filter whose county, if any, matches a dispatch in any year. */
    public SpecialistFilter(String county, String unit, String tier, SpecialistStatus status, String field,
                            String text) {
        this(county, unit, tier, status, field, text, null, null);
    }
}
