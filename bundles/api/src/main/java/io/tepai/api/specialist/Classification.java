package io.tepai.api.specialist;

/** Guidance class of a specialist (分类指导, R-TIER-2). */
public enum Classification {
    /** 公益服务 */
    PUBLIC_WELFARE,
    /** 农村创业 */
    RURAL_ENTREPRENEURSHIP
}
