package io.tepai.store.entity;

import java.math.BigDecimal;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** An incentive granted when a round was published; never changed afterwards. */
@Entity(name = "IncentiveGrant")
@Table(name = "incentive_grant")
public class IncentiveGrantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "round_id")
    private long roundId;

    @Column(name = "result_id")
    private long resultId;

    @Column(name = "round_year")
    private int year;

    @Column(name = "subject_kind")
    private String subjectKind;

    @Column(name = "subject_key")
    private String subjectKey;

    @Column(name = "subject_name")
    private String subjectName;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "grade")
    private String grade;

    @Column(name = "policy_id")
    private String policyId;

    @Column(name = "source")
    private String source;

    @Column(name = "kind")
    private String kind;

    @Column(name = "description")
    private String description;

    @Column(name = "amount_cny")
    private BigDecimal amountCny;

    @Column(name = "granted_at")
    private Instant grantedAt;

    protected IncentiveGrantEntity() {
    }

    public IncentiveGrantEntity(EvaluationRoundEntity round, EvaluationResultEntity result, String policyId,
                                String source, String kind, String description, BigDecimal amountCny,
                                Instant grantedAt) {
        this.roundId = round.getId();
        this.resultId = result.getId();
        this.year = round.getYear();
        this.subjectKind = round.getKind();
        this.subjectKey = result.getSubjectKey();
        this.subjectName = result.getSubjectName();
        this.countyCode = result.getCountyCode();
        this.unitCode = result.getUnitCode();
        this.grade = result.getGrade();
        this.policyId = policyId;
        this.source = source;
        this.kind = kind;
        this.description = description;
        this.amountCny = amountCny;
        this.grantedAt = grantedAt;
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getResultId() {
        return resultId;
    }

    public int getYear() {
        return year;
    }

    public String getSubjectKind() {
        return subjectKind;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getGrade() {
        return grade;
    }

    public String getPolicyId() {
        return policyId;
    }

    public String getSource() {
        return source;
    }

    public String getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmountCny() {
        return amountCny;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
