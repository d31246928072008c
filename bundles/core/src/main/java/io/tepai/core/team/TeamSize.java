package io.tepai.core.team;

import io.tepai.api.RuleViolationException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The member bounds of an active team (R-TEAM-1: 5–10), from configuration {@code io.tepai.team}
 * ({@code minMembers}, {@code maxMembers}). Bad values are logged and the rule's own bounds kept. The one place
 * a team's size is checked: when it becomes active, when a member joins, when a member leaves an active team.
 */
record TeamSize(int min, int max) {

    static final String RULE_ID = "R-TEAM-1";
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
