package io.tepai.store.entity;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A selection step before the notice (R-REC-2); its decisions on candidates are {@link SelectionDecisionEntity}. */
@Entity(name = "SelectionStep")
@Table(name = "selection_step")
public class SelectionStepEntity extends SampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "intake_id")
    private long intakeId;

    @Column(name = "kind")
    private String kind;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "participants")
    private String participants;

    @Column(name = "decision")
    private String decision;

    @Column(name = "reason")
    private String reason;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected SelectionStepEntity() {
    }

    public SelectionStepEntity(long intakeId, String kind, LocalDate heldOn, String participants, String decision,
                               String reason, String recordedBy, Instant recordedAt) {
        this.intakeId = intakeId;
        this.kind = kind;
        this.heldOn = heldOn;
        this.participants = participants;
        this.decision = decision;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long getId() {
        return id;
    }

    public long getIntakeId() {
        return intakeId;
    }

    public String getKind() {
        return kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getParticipants() {
        return participants;
    }

    public String getDecision() {
        return decision;
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
