package io.tepai.api.specialist;

/** Segments of an industry chain a specialist works on (R-FIELD-1, whole-chain service). */
public enum ChainSegment {
    /** 生产 */
    PRODUCTION,
    /** 加工 */
    PROCESSING,
    /** 检测 */
    TESTING,
    /** 流通 */
    DISTRIBUTION,
    /** 销售 */
    SALES
}
