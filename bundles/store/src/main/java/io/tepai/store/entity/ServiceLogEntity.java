package io.tepai.store.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.MapKeyColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A service log with its recipients and outcome indicators. */
@Entity(name = "ServiceLog")
@Table(name = "service_log")
public class ServiceLogEntity extends TimestampedSampleEntity {

    /** From a sequence, 50 ids per round trip, so that many rows are inserted in batches (V018). */
    @Id
    @SequenceGenerator(name = "service_log_ids", sequenceName = "service_log_ids", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_log_ids")
    @Column(name = "id")
    private Long id;

    @Column(name = "specialist_id")
    private long specialistId;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "field_days")
    private BigDecimal fieldDays;

    @Column(name = "kind")
    private String kind;

    @Column(name = "description")
    private String description;

    @ElementCollection
    @CollectionTable(name = "service_log_recipient", joinColumns = @JoinColumn(name = "log_id"))
    @Column(name = "recipient_id")
    @BatchFetch(BatchFetchType.IN)
    private Set<Long> recipientIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "service_log_outcome", joinColumns = @JoinColumn(name = "log_id"))
    @MapKeyColumn(name = "indicator_id")
    @Column(name = "amount")
    @BatchFetch(BatchFetchType.IN)
    private Map<String, BigDecimal> outcomes = new LinkedHashMap<>();

    @Column(name = "status")
    private String status;

    @Column(name = "review_comment")
    private String comment = "";

    @Column(name = "satisfaction")
    private Integer satisfaction;

    @Column(name = "satisfaction_comment")
    private String satisfactionComment = "";

    @Column(name = "confirmed_by")
    private String confirmedBy = "";

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "correction_reason")
    private String correctionReason = "";

    @Column(name = "industry")
    private String industry;

    @Column(name = "outside_dispatch_reason")
    private String outsideDispatchReason = "";

    protected ServiceLogEntity() {
    }

    public ServiceLogEntity(long specialistId, Instant createdAt) {
        super(createdAt, createdAt);
        this.specialistId = specialistId;
    }

    /** Replaces the fields a specialist writes. */
    public void setContent(String countyCode, Set<Long> recipientIds, LocalDate startDate, LocalDate endDate,
                           BigDecimal fieldDays, String kind, String description, Map<String, BigDecimal> outcomes) {
        this.countyCode = countyCode;
        this.recipientIds.clear();
        this.recipientIds.addAll(recipientIds);
        this.startDate = startDate;
        this.endDate = endDate;
        this.fieldDays = fieldDays;
        this.kind = kind;
        this.description = description;
        this.outcomes.clear();
        this.outcomes.putAll(outcomes);
    }

    public long getId() {
        return id;
    }

    public long getSpecialistId() {
        return specialistId;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getFieldDays() {
        return fieldDays;
    }

    public String getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public Set<Long> getRecipientIds() {
        return recipientIds;
    }

    public Map<String, BigDecimal> getOutcomes() {
        return outcomes;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public String getSatisfactionComment() {
        return satisfactionComment;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public void setConfirmation(String confirmedBy, Instant confirmedAt, Integer satisfaction,
                                String satisfactionComment) {
        this.confirmedBy = confirmedBy;
        this.confirmedAt = confirmedAt;
        this.satisfaction = satisfaction;
        this.satisfactionComment = satisfactionComment;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }


    /** Why the county confirmed service where the specialist was not dispatched that year; empty when dispatched. */
    public String getOutsideDispatchReason() {
        return outsideDispatchReason;
    }

    public void setOutsideDispatchReason(String outsideDispatchReason) {
        this.outsideDispatchReason = outsideDispatchReason;
    }

    /** The county's leading industry the service served, as the log names it (R-GOAL-1); null when it names none. */
    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }
}
