package io.tepai.api.field;

/** Kinds of recipients the programme serves (R-SVC-1). */
public enum RecipientKind {
    /** 农民专业合作社 */
    COOPERATIVE,
    /** 家庭农场 / 林场 */
    FAMILY_FARM,
    /** 种养大户 */
    LARGE_GROWER,
    /** 企业 */
    ENTERPRISE,
    /** 村 */
    VILLAGE,
    OTHER
}
