package io.tepai.spi.evaluation;

/** The four grades of an annual evaluation (R-EVAL-3), best first. */
public enum Grade {
    /** 优秀 */
    EXCELLENT("优秀"),
    /** 良好 */
    GOOD("良好"),
    /** 合格 */
    PASS("合格"),
    /** 不合格 */
    FAIL("不合格");

    private final String nameZh;

    Grade(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
