package io.tepai.api.field;

/** Kinds of training (R-TRN-1). */
public enum TrainingKind {
    /** 培训资料 */
    MATERIALS,
    /** 创业辅导 */
    ENTREPRENEURSHIP_COACHING,
    /** 技能培训 */
    SKILLS_TRAINING,
    /** 参观考察 */
    SITE_VISIT,
    /** 网络课程 */
    ONLINE_COURSE,
    /** 优秀特派员传帮带 */
    MENTORING
}
