package io.tepai.spi.tier;

/** Professional title level (职称级别), lowest first. */
public enum TitleLevel {
    /** No professional title. */
    NONE,
    /** 初级 */
    JUNIOR,
    /** 中级 */
    INTERMEDIATE,
    /** 副高级 */
    ASSOCIATE_SENIOR,
    /** 正高级 */
    SENIOR;

    public boolean isAtLeast(TitleLevel other) {
        return compareTo(other) >= 0;
    }
}
