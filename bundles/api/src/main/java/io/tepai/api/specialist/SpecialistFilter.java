package io.tepai.api.specialist;

/**
 * Filters for listing specialists; null or empty values do not filter. All given filters must match.
 *
 * @param county code of a county the specialist serves
 * @param unit   dispatching unit code
 * @param tier   tier id
 * @param status programme status
 * @param field  a field of expertise, matched as a case-insensitive substring
 * @param text   matched case-insensitively against name, title and fields
 */
public record SpecialistFilter(String county, String unit, String tier, SpecialistStatus status, String field,
                               String text) {

    public static final SpecialistFilter ALL = new SpecialistFilter(null, null, null, null, null, null);
}
