package io.tepai.api.team;

/**
 * Whether a team fulfilled one agreed task, as the signing county (or the city office) records it (R-SVC-2: teams
 * fulfil their agreements). A task with nothing recorded is open.
 */
public enum TaskFulfilment {
    /** 已完成: counts in full in the team's evaluation. */
    FULFILLED,
    /** 部分完成: counts half. */
    PARTLY,
    /** 未完成: counts nothing. */
    NOT_FULFILLED
}
