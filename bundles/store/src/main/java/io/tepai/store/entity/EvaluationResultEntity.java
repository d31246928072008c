package io.tepai.store.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.MapKeyColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** One subject's result in an evaluation round, with its criterion lines and the evaluator's inputs. */
@Entity(name = "EvaluationResult")
@Table(name = "evaluation_result")
public class EvaluationResultEntity extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "round_id")
    private long roundId;

    @Column(name = "subject_key")
    private String subjectKey;

    @Column(name = "subject_name")
    private String subjectName;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "tier")
    private String tier;

    /** Industries served, one per line. */
    @Column(name = "industries")
    private String industries = "";

    @Column(name = "field_days")
    private BigDecimal fieldDays = BigDecimal.ZERO;

    @Column(name = "total_score")
    private BigDecimal totalScore = BigDecimal.ZERO;

    @Column(name = "rank_no")
    private int rank;

    @Column(name = "computed_grade")
    private String computedGrade;

    @Column(name = "grade")
    private String grade;

    @Column(name = "cap_note")
    private String capNote = "";

    @Column(name = "adjusted_from")
    private String adjustedFrom;

    @Column(name = "adjusted_to")
    private String adjustedTo;

    @Column(name = "adjust_reason")
    private String adjustReason = "";

    @Column(name = "adjusted_by")
    private String adjustedBy = "";

    @Column(name = "adjusted_at")
    private Instant adjustedAt;

    @Column(name = "renewal")
    private String renewal;

    @Column(name = "certificate_no")
    private String certificateNo;

    @ElementCollection
    @CollectionTable(name = "evaluation_line", joinColumns = @JoinColumn(name = "result_id"))
    @OrderColumn(name = "seq")
    @BatchFetch(BatchFetchType.IN)
    private List<CriterionLineRow> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "evaluation_input", joinColumns = @JoinColumn(name = "result_id"))
    @MapKeyColumn(name = "input_name")
    @Column(name = "amount")
    @BatchFetch(BatchFetchType.IN)
    private Map<String, BigDecimal> inputs = new LinkedHashMap<>();

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected EvaluationResultEntity() {
    }

    public EvaluationResultEntity(long roundId, String subjectKey) {
        this.roundId = roundId;
        this.subjectKey = subjectKey;
    }

    /** Who the subject is, refreshed on every computation. */
    public void describe(String name, String countyCode, String unitCode, String tier, String industries) {
        this.subjectName = name;
        this.countyCode = countyCode;
        this.unitCode = unitCode;
        this.tier = tier;
        this.industries = industries;
    }

    /** The computed outcome; any earlier lines are replaced. */
    public void score(BigDecimal fieldDays, BigDecimal totalScore, List<CriterionLineRow> lines) {
        this.fieldDays = fieldDays;
        this.totalScore = totalScore;
        this.lines.clear();
        this.lines.addAll(lines);
    }

    public void grade(int rank, String computedGrade, String grade, String capNote) {
        this.rank = rank;
        this.computedGrade = computedGrade;
        this.grade = grade;
        this.capNote = capNote;
    }

    public void adjust(String from, String to, String reason, String by, Instant at) {
        this.adjustedFrom = from;
        this.adjustedTo = to;
        this.adjustReason = reason;
        this.adjustedBy = by;
        this.adjustedAt = at;
        this.grade = to;
    }

    /** Marks a change that touched only the inputs, so the version moves and stale copies are refused. */
    public void touch(Instant at) {
        this.updatedAt = at;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
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

    public String getTier() {
        return tier;
    }

    public String getIndustries() {
        return industries;
    }

    public BigDecimal getFieldDays() {
        return fieldDays;
    }

    public BigDecimal getTotalScore() {
        return totalScore;
    }

    public int getRank() {
        return rank;
    }

    public String getComputedGrade() {
        return computedGrade;
    }

    public String getGrade() {
        return grade;
    }

    public String getCapNote() {
        return capNote;
    }

    public String getAdjustedFrom() {
        return adjustedFrom;
    }

    public String getAdjustedTo() {
        return adjustedTo;
    }

    public String getAdjustReason() {
        return adjustReason;
    }

    public String getAdjustedBy() {
        return adjustedBy;
    }

    public Instant getAdjustedAt() {
        return adjustedAt;
    }

    public String getRenewal() {
        return renewal;
    }

    public void setRenewal(String renewal) {
        this.renewal = renewal;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public void setCertificateNo(String certificateNo) {
        this.certificateNo = certificateNo;
    }

    public List<CriterionLineRow> getLines() {
        return lines;
    }

    public Map<String, BigDecimal> getInputs() {
        return inputs;
    }

}
