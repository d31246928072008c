package io.tepai.api.field;

import io.tepai.api.ValidationException;
import java.util.Locale;
import java.util.Objects;

/**
 * Who holds a coordination request and must act on it now (R-ESC-1): a team, a dispatching unit or the city office.
 * Written {@code team:<id>}, {@code unit:<code>} or {@code city} wherever it is text (stored requests, the REST
 * API, the console); {@link #parse} and {@link #toString} are the only places that know the form.
 *
 * @param kind the level, in the order a request escalates: team, then unit, then the city office
 * @param code the team's id or the unit's code; null for the city office
 */
public record Holder(Kind kind, String code) {

    /** The levels a request climbs, lowest first: it only ever goes up. */
    public enum Kind {
        TEAM, UNIT, CITY
    }

    public static final Holder CITY = new Holder(Kind.CITY, null);

    public Holder {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.CITY) != (code == null || code.isBlank())) {
            throw new IllegalArgumentException("a team or unit holder names its id or code, the city office none: "
                    + kind + " " + code);
        }
        code = code == null ? null : code.strip();
    }

    public static Holder team(long teamId) {
        return new Holder(Kind.TEAM, Long.toString(teamId));
    }

    public static Holder unit(String unitCode) {
        return new Holder(Kind.UNIT, unitCode);
    }

    /**
     * Reads a holder as users and the store write it.
     *
     * @return null when {@code text} is absent or blank, so that a filter left out matches every holder
     * @throws ValidationException on field {@code holder} naming the accepted forms
     */
    public static Holder parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.equals("city")) {
            return CITY;
        }
        int colon = value.indexOf(':');
        String prefix = colon < 0 ? value : value.substring(0, colon);
        String code = colon < 0 ? "" : value.substring(colon + 1).strip();
        if (prefix.equals("unit") && !code.isEmpty()) {
            return unit(code);
        }
        if (prefix.equals("team") && code.matches("[0-9]{1,18}")) {
            return team(Long.parseLong(code));
        }
        throw ValidationException.of("holder", "'" + text + "' is not team:<id>, unit:<code> or city");
    }

    /** The team's id, for a holder of kind {@link Kind#TEAM}. */
    public long teamId() {
        if (kind != Kind.TEAM) {
            throw new IllegalStateException(this + " is not a team");
        }
        return Long.parseLong(code);
    }

    /** Whether a request held here may go to {@code other}: only upwards (R-ESC-1). */
    public boolean isBelow(Holder other) {
        return kind.compareTo(other.kind) < 0;
    }

    /** {@code team:<id>}, {@code unit:<code>} or {@code city}, the form {@link #parse} reads. */
    @Override
    public String toString() {
        return kind == Kind.CITY ? "city" : kind.name().toLowerCase(Locale.ROOT) + ":" + code;
    }
}
