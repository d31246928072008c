package io.tepai.store.entity;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/** One criterion's line in an evaluation result. */
@Embeddable
public class CriterionLineRow {

    @Column(name = "criterion_id")
    private String criterionId;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "source")
    private String source;

    @Column(name = "weight")
    private int weight;

    @Column(name = "effective_weight")
    private BigDecimal effectiveWeight;

    @Column(name = "score")
    private BigDecimal score;

    @Column(name = "status")
    private String status;

    @Column(name = "explanation")
    private String explanation;

    protected CriterionLineRow() {
    }

    public CriterionLineRow(String criterionId, String nameZh, String nameEn, String source, int weight,
                            BigDecimal effectiveWeight, BigDecimal score, String status, String explanation) {
        this.criterionId = criterionId;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.source = source;
        this.weight = weight;
        this.effectiveWeight = effectiveWeight;
        this.score = score;
        this.status = status;
        this.explanation = explanation;
    }

    public String getCriterionId() {
        return criterionId;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getSource() {
        return source;
    }

    public int getWeight() {
        return weight;
    }

    public BigDecimal getEffectiveWeight() {
        return effectiveWeight;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getStatus() {
        return status;
    }

    public String getExplanation() {
        return explanation;
    }
}
