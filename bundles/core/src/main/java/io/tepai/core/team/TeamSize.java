package io.tepai.core.team;

import io.tepai.api.RuleViolationException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The member bounds of an active team, from configuration {@code io.tepai.team}. R-TEAM-1's 5–10 is the seed's
 * rule for city industry service teams ({@code minMembers}, {@code maxMembers}). A county-level team (R-TEAM-4)
 * follows its county's rule (decided in issue 20): {@code countyMembers} entries {@code <county>=<min>..<max>};
 * a county without an entry keeps the city teams' bounds, the only number the seed gives. Bad values are logged
 * and the rule's own bounds kept (for a bad county entry: that county has none). The one place a team's size is
 * checked: when it becomes active, when a member joins, when a member leaves an active team.
 *
 * @param city     the bounds of city teams, and of county teams whose county set none
 * @param counties the bounds a county set for its own teams, by county code
 */
record TeamSize(Bounds city, Map<String, Bounds> counties) {

    static final String RULE_ID = "R-TEAM-1";
    static final TeamSize RULE = new TeamSize(new Bounds(5, 10), Map.of());
    private static final Pattern COUNTY_ENTRY = Pattern.compile("\\s*([a-z0-9-]+)\\s*=\\s*(\\d+)\\s*\\.\\.\\s*(\\d+)\\s*");
    private static final Logger LOG = LoggerFactory.getLogger(TeamSize.class);

    TeamSize {
        counties = Map.copyOf(counties);
    }

    static TeamSize from(Map<String, ?> config) {
        int min = number(config, "minMembers", RULE.city().min());
        int max = number(config, "maxMembers", RULE.city().max());
        Bounds city = new Bounds(min, max);
        if (!city.valid()) {
            LOG.warn("Ignoring team size bounds minMembers={} maxMembers={}: need 1 <= min <= max; keeping {}",
                    min, max, RULE.city());
            city = RULE.city();
        }
        return new TeamSize(city, countyBounds(config == null ? null : config.get("countyMembers")));
    }

    /** The bounds a team of this level and county is held to. */
    Bounds of(String level, String county) {
        return "COUNTY".equals(level) && county != null ? counties.getOrDefault(county, city) : city;
    }

    /** {@code countyMembers}: a String[] (or a collection, or one comma-separated string) of county entries. */
    private static Map<String, Bounds> countyBounds(Object value) {
        Iterable<?> entries = value == null ? List.of()
                : value instanceof String[] array ? Arrays.asList(array)
                : value instanceof Iterable<?> iterable ? iterable
                : Arrays.asList(value.toString().split(","));
        Map<String, Bounds> counties = new LinkedHashMap<>();
        for (Object entry : entries) {
            Matcher m = COUNTY_ENTRY.matcher(String.valueOf(entry));
            Bounds bounds = m.matches() ? new Bounds(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))) : null;
            if (bounds == null || !bounds.valid()) {
                LOG.warn("Ignoring countyMembers entry '{}' in io.tepai.team: need <county>=<min>..<max> with "
                        + "1 <= min <= max", entry);
            } else {
                counties.put(m.group(1), bounds);
            }
        }
        return counties;
    }

    private static int number(Map<String, ?> config, String key, int fallback) {
        Object value = config == null ? null : config.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            LOG.warn("Ignoring {}={} in io.tepai.team: not a whole number", key, value);
            return fallback;
        }
    }

    /** Fewest and most members of one kind of team. */
    record Bounds(int min, int max) {

        private boolean valid() {
            return min >= 1 && max >= min;
        }

        /** A team becomes active only with a size within the bounds. */
        void requireActivatable(long teamId, int members) {
            if (members < min || members > max) {
                throw new RuleViolationException(RULE_ID, "a team becomes active only with " + this
                        + " members; team " + teamId + " has " + members);
            }
        }

        /** A team (active or forming) never grows beyond the maximum. */
        void requireRoomToJoin(long teamId, int members) {
            if (members + 1 > max) {
                throw new RuleViolationException(RULE_ID, "a team has at most " + max
                        + " members; team " + teamId + " already has " + members);
            }
        }

        /** An active team never shrinks below the minimum; a forming one may. */
        void requireRoomToLeave(long teamId, int members, boolean active) {
            if (active && members - 1 < min) {
                throw new RuleViolationException(RULE_ID, "an active team keeps at least " + min
                        + " members; team " + teamId + " has " + members);
            }
        }

        @Override
        public String toString() {
            return min + "–" + max;
        }
    }
}
