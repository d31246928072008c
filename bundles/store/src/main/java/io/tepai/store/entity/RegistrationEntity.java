package io.tepai.store.entity;

import java.time.Instant;
import java.time.LocalDate;
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
import javax.persistence.OrderBy;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A candidate's line on a unit's registration form (R-REC-1); the demand ids are batch-fetched per page. */
@Entity(name = "Registration")
@Table(name = "registration")
public class RegistrationEntity extends SampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "intake_id")
    private long intakeId;

    @Column(name = "specialist_id")
    private long specialistId;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "confirmed_on")
    private LocalDate confirmedOn;

    @Column(name = "status")
    private String status;

    @Column(name = "drop_reason")
    private String dropReason = "";

    @Column(name = "registered_by")
    private String registeredBy;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @ElementCollection
    @CollectionTable(name = "registration_demand", joinColumns = @JoinColumn(name = "registration_id"))
    @Column(name = "demand_id")
    @OrderBy
    @BatchFetch(BatchFetchType.IN)
    private List<Long> demandIds = new ArrayList<>();

    protected RegistrationEntity() {
    }

    public RegistrationEntity(long intakeId, long specialistId, String unitCode, List<Long> demandIds,
                              String confirmedBy, LocalDate confirmedOn, String status, String registeredBy,
                              Instant registeredAt) {
        this.intakeId = intakeId;
        this.specialistId = specialistId;
        this.unitCode = unitCode;
        this.demandIds = new ArrayList<>(demandIds);
        this.confirmedBy = confirmedBy;
        this.confirmedOn = confirmedOn;
        this.status = status;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    public long getId() {
        return id;
    }

    public long getIntakeId() {
        return intakeId;
    }

    public long getSpecialistId() {
        return specialistId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public List<Long> getDemandIds() {
        return demandIds;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public LocalDate getConfirmedOn() {
        return confirmedOn;
    }

    public String getStatus() {
        return status;
    }

    public String getDropReason() {
        return dropReason;
    }

    /** Leaves the candidate out of the selection, with the reason. */
    public void drop(String status, String reason) {
        this.status = status;
        this.dropReason = reason;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
