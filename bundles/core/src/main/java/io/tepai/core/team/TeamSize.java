package io.tepai.core.team;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The member bounds of an active team (R-TEAM-1: 5–10), from configuration {@code io.tepai.team}
 * ({@code minMembers}, {@code maxMembers}). Bad values are logged and the rule's own bounds kept.
 */
record TeamSize(int min, int max) {

    static final TeamSize RULE = new TeamSize(5, 10);
    private static final Logger LOG = LoggerFactory.getLogger(TeamSize.class);

    static TeamSize from(Map<String, ?> config) {
        int min = number(config, "minMembers", RULE.min());
        int max = number(config, "maxMembers", RULE.max());
        if (min < 1 || max < min) {
            LOG.warn("Ignoring team size bounds minMembers={} maxMembers={}: need 1 <= min <= max; keeping {}..{}",
                    min, max, RULE.min(), RULE.max());
            return RULE;
        }
        return new TeamSize(min, max);
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

    @Override
    public String toString() {
        return min + "–" + max;
    }
}
