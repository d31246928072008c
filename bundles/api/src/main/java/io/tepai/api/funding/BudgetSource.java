package io.tepai.api.funding;

import io.tepai.api.ValidationException;
import java.util.Locale;
import java.util.Objects;

/**
 * Whose money a budget is: the city S&T bureau's ({@code CITY}, R-FUND-1), a county's finance ({@code COUNTY:wuzhi},
 * R-FUND-2) or a dispatching unit's own ({@code UNIT:hpu}, R-TIER-1).
 *
 * @param code the county or unit code; null for the city
 */
public record BudgetSource(Kind kind, String code) {

    public enum Kind { CITY, COUNTY, UNIT }

    public static final BudgetSource CITY = new BudgetSource(Kind.CITY, null);

    public BudgetSource {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.CITY) != (code == null)) {
            throw new IllegalArgumentException("Only a county or unit source names a code");
        }
    }

    public static BudgetSource county(String code) {
        return new BudgetSource(Kind.COUNTY, code);
    }

    public static BudgetSource unit(String code) {
        return new BudgetSource(Kind.UNIT, code);
    }

    /** {@code CITY}, {@code COUNTY:<code>} or {@code UNIT:<code>} (the kind in any case); else a 400 naming field. */
    public static BudgetSource parse(String field, String text) {
        String value = text == null ? "" : text.strip();
        int colon = value.indexOf(':');
        String kind = (colon < 0 ? value : value.substring(0, colon)).toUpperCase(Locale.ROOT);
        String code = colon < 0 ? null : value.substring(colon + 1).strip();
        if (kind.equals("CITY") && code == null) {
            return CITY;
        }
        if ((kind.equals("COUNTY") || kind.equals("UNIT")) && code != null && code.matches("[a-z0-9-]{1,32}")) {
            return new BudgetSource(Kind.valueOf(kind), code);
        }
        throw ValidationException.of(field, "must be CITY, COUNTY:<county code> or UNIT:<unit code>, not '" + value
                + "'");
    }

    @Override
    public String toString() {
        return code == null ? kind.name() : kind.name() + ":" + code;
    }
}
