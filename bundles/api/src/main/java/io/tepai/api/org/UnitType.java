package io.tepai.api.org;

/** Kind of dispatching unit (派出单位). */
public enum UnitType {
    /** 高等院校 */
    UNIVERSITY,
    /** 科研院所 */
    RESEARCH_INSTITUTE,
    /** 技术推广服务事业单位 */
    EXTENSION_INSTITUTION,
    /** Any other organisation that dispatches specialists. */
    OTHER
}
