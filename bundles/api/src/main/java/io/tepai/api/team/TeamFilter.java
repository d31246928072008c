package io.tepai.api.team;

/**
 * Filters for listing teams; null or empty values do not filter.
 *
 * @param level    city or county-level
 * @param county   a county that owns the team or has an agreement with it
 * @param status   lifecycle status
 * @param industry matched as a case-insensitive substring of the team's industry
 * @param text     matched case-insensitively against the name and the industry
 * @param unit     the dispatching unit that leads the team (its code)
 */
public record TeamFilter(TeamLevel level, String county, TeamStatus status, String industry, String text,
                         String unit) {

    public static final TeamFilter ALL = new TeamFilter(null, null, null, null, null, null);

    /** Any leading unit. */
    public TeamFilter(TeamLevel level, String county, TeamStatus status, String industry, String text) {
        this(level, county, status, industry, text, null);
    }
}
