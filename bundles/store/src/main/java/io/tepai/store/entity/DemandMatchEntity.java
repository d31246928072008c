package io.tepai.store.entity;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** An expert's contact with a demand's recipient (R-DEM-2), a candidate match; written once. */
@Entity(name = "DemandMatch")
@Table(name = "demand_match")
public class DemandMatchEntity extends SampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "demand_id")
    private long demandId;

    @Column(name = "specialist_id")
    private long specialistId;

    @Column(name = "contacted_on")
    private LocalDate contactedOn;

    @Column(name = "note")
    private String note;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected DemandMatchEntity() {
    }

    public DemandMatchEntity(long demandId, long specialistId, LocalDate contactedOn, String note, String recordedBy,
                             Instant recordedAt) {
        this.demandId = demandId;
        this.specialistId = specialistId;
        this.contactedOn = contactedOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long getId() {
        return id;
    }

    public long getDemandId() {
        return demandId;
    }

    public long getSpecialistId() {
        return specialistId;
    }

    public LocalDate getContactedOn() {
        return contactedOn;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
