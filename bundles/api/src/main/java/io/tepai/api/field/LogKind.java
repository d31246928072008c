package io.tepai.api.field;

/** What a service log records (R-SVC-1). */
public enum LogKind {
    /** 技术指导 */
    TECHNICAL_GUIDANCE,
    /** 示范基地建设 */
    DEMONSTRATION_BASE,
    /** 培训 */
    TRAINING_SESSION,
    /** 电商 / 直播带货 */
    E_COMMERCE,
    /** 解决技术难题 */
    PROBLEM_SOLVING,
    /** 规划咨询 */
    PLANNING_SUPPORT,
    OTHER
}
