package io.tepai.api.team;

/** Who forms a team. */
public enum TeamLevel {
    /** A city industry service team (市级产业服务团, R-TEAM-1), managed by the city office. */
    CITY,
    /** A county-level team (R-TEAM-4), owned and managed by its county. */
    COUNTY
}
