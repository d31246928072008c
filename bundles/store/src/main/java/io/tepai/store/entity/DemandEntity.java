package io.tepai.store.entity;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A recipient's technology demand in a county's table (R-DEM-1). Each step of its timeline keeps who took it and
 * when in columns of its own, set once; the rules that order them are core's.
 */
@Entity(name = "Demand")
@Table(name = "demand")
public class DemandEntity extends SampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "programme_year")
    private int year;

    @Column(name = "recipient_id")
    private Long recipientId;

    @Column(name = "recipient_name")
    private String recipientName;

    @Column(name = "industry")
    private String industry;

    @Column(name = "need")
    private String need;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "desired_from")
    private LocalDate desiredFrom;

    @Column(name = "desired_to")
    private LocalDate desiredTo;

    @Column(name = "status")
    private String status;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "confirmed_match_id")
    private Long confirmedMatchId;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(name = "served_by")
    private String servedBy;

    @Column(name = "served_at")
    private Instant servedAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdraw_reason")
    private String withdrawReason;

    protected DemandEntity() {
    }

    public DemandEntity(String countyCode, int year, String status, String recordedBy, Instant recordedAt) {
        this.countyCode = countyCode;
        this.year = year;
        this.status = status;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long getId() {
        return id;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public int getYear() {
        return year;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public String getRecipientName() {
        return recipientName;
    }

    /** The register's recipient, or a name (exactly one of the two is set). */
    public void setRecipient(Long recipientId, String recipientName) {
        this.recipientId = recipientId;
        this.recipientName = recipientId == null ? recipientName : null;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getNeed() {
        return need;
    }

    public void setNeed(String need) {
        this.need = need;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContact(String name, String phone) {
        this.contactName = name;
        this.contactPhone = phone;
    }

    public LocalDate getDesiredFrom() {
        return desiredFrom;
    }

    public LocalDate getDesiredTo() {
        return desiredTo;
    }

    public void setDesiredPeriod(LocalDate from, LocalDate to) {
        this.desiredFrom = from;
        this.desiredTo = to;
    }

    public String getStatus() {
        return status;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Long getConfirmedMatchId() {
        return confirmedMatchId;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public void confirmed(String status, long matchId, String by, Instant at) {
        this.status = status;
        this.confirmedMatchId = matchId;
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public String getServedBy() {
        return servedBy;
    }

    public Instant getServedAt() {
        return servedAt;
    }

    public void served(String status, long assignmentId, String by, Instant at) {
        this.status = status;
        this.assignmentId = assignmentId;
        this.servedBy = by;
        this.servedAt = at;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void withdrawn(String status, String reason, String by, Instant at) {
        this.status = status;
        this.withdrawReason = reason;
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }
}
