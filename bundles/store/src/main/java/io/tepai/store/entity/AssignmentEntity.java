package io.tepai.store.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A dispatch assignment: a specialist serves a county in a programme year at one level of support. */
@Entity(name = "Assignment")
@Table(name = "assignment")
public class AssignmentEntity extends TimestampedSampleEntity {

    /** From a sequence, 50 ids per round trip, so that many rows are inserted in batches (V018). */
    @Id
    @SequenceGenerator(name = "assignment_ids", sequenceName = "assignment_ids", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_ids")
    @Column(name = "id")
    private Long id;

    @Column(name = "specialist_id")
    private long specialistId;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "programme_year")
    private int year;

    @Column(name = "support_level")
    private String level;

    @Column(name = "exception_reason")
    private String exceptionReason = "";

    @ElementCollection
    @CollectionTable(name = "assignment_industry", joinColumns = @JoinColumn(name = "assignment_id"))
    @OrderColumn(name = "seq")
    @Column(name = "industry")
    @BatchFetch(BatchFetchType.IN)
    private List<String> industries = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "assignment_recipient", joinColumns = @JoinColumn(name = "assignment_id"))
    @OrderColumn(name = "seq")
    @Column(name = "recipient")
    @BatchFetch(BatchFetchType.IN)
    private List<String> recipients = new ArrayList<>();

    protected AssignmentEntity() {
    }

    public AssignmentEntity(Instant createdAt) {
        super(createdAt, createdAt);
    }

    public long getId() {
        return id;
    }

    public long getSpecialistId() {
        return specialistId;
    }

    public void setSpecialistId(long specialistId) {
        this.specialistId = specialistId;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public void setCountyCode(String countyCode) {
        this.countyCode = countyCode;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getExceptionReason() {
        return exceptionReason;
    }

    public void setExceptionReason(String exceptionReason) {
        this.exceptionReason = exceptionReason;
    }

    public List<String> getIndustries() {
        return industries;
    }

    public void setIndustries(List<String> industries) {
        this.industries.clear();
        this.industries.addAll(industries);
    }

    public List<String> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<String> recipients) {
        this.recipients.clear();
        this.recipients.addAll(recipients);
    }

}
