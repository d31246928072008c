package io.tepai.store.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** An evaluation round; its results are {@link EvaluationResultEntity} rows. */
@Entity(name = "EvaluationRound")
@Table(name = "evaluation_round")
public class EvaluationRoundEntity extends TimestampedSampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "round_year")
    private int year;

    @Column(name = "subject_kind")
    private String kind;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "evaluator")
    private String evaluator;

    @Column(name = "status")
    private String status;

    @Column(name = "stale")
    private boolean stale;

    @Column(name = "excellent_quota")
    private int excellentQuota;

    /** One problem per line. */
    @Column(name = "problems")
    private String problems = "";

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "computed_at")
    private Instant computedAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected EvaluationRoundEntity() {
    }

    public EvaluationRoundEntity(int year, String kind, String countyCode, String evaluator, String createdBy,
                                 Instant createdAt) {
        super(createdAt, null); // updated only once a result changes (touch)
        this.year = year;
        this.kind = kind;
        this.countyCode = countyCode;
        this.evaluator = evaluator;
        this.createdBy = createdBy;
        this.status = "DRAFT";
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getKind() {
        return kind;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getEvaluator() {
        return evaluator;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public boolean isStale() {
        return stale;
    }

    public void setStale(boolean stale) {
        this.stale = stale;
    }

    public int getExcellentQuota() {
        return excellentQuota;
    }

    public void setExcellentQuota(int excellentQuota) {
        this.excellentQuota = excellentQuota;
    }

    public String getProblems() {
        return problems;
    }

    public void setProblems(String problems) {
        this.problems = problems;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getComputedAt() {
        return computedAt;
    }

    public void setComputedAt(Instant computedAt) {
        this.computedAt = computedAt;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public void setReviewedAt(Instant reviewedAt) {
        this.reviewedAt = reviewedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    /**
     * Marks a change to one of the round's results (inputs, an adjustment), so that the round's version moves and a
     * computation that read the round before it cannot overwrite it.
     */
    public void touch(Instant at) {
        setUpdatedAt(at);
    }

}
