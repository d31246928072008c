package io.tepai.store.entity;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One term (聘期) of a specialist; written once by the step that decided it, the audit trail keeps who. */
@Entity(name = "SpecialistTerm")
@Table(name = "specialist_term")
public class SpecialistTermEntity extends SampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "specialist_id")
    private long specialistId;

    @Column(name = "start_date")
    private LocalDate start;

    @Column(name = "end_date")
    private LocalDate end;

    @Column(name = "source")
    private String source;

    @Column(name = "intake_id")
    private Long intakeId;

    @Column(name = "reason")
    private String reason;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected SpecialistTermEntity() {
    }

    public SpecialistTermEntity(long specialistId, LocalDate start, LocalDate end, String source, Long intakeId,
                                String reason, String recordedBy, Instant recordedAt) {
        this.specialistId = specialistId;
        this.start = start;
        this.end = end;
        this.source = source;
        this.intakeId = intakeId;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long getId() {
        return id;
    }

    public long getSpecialistId() {
        return specialistId;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public String getSource() {
        return source;
    }

    public Long getIntakeId() {
        return intakeId;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
