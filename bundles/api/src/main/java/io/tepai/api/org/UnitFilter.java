package io.tepai.api.org;

/**
 * Filters for listing dispatching units; a null or empty value does not filter.
 *
 * @param type unit type
 * @param text matched case-insensitively against code and names
 */
public record UnitFilter(UnitType type, String text) {

    public static final UnitFilter ALL = new UnitFilter(null, null);
}
