package io.tepai.store.entity;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** An objection raised during a public notice, and its resolution (R-REC-2). */
@Entity(name = "Objection")
@Table(name = "objection")
public class ObjectionEntity extends SampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "intake_id")
    private long intakeId;

    @Column(name = "registration_id")
    private long registrationId;

    @Column(name = "raised_on")
    private LocalDate raisedOn;

    @Column(name = "raised_by")
    private String raisedBy;

    @Column(name = "content")
    private String content;

    @Column(name = "status")
    private String status;

    @Column(name = "resolution")
    private String resolution = "";

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ObjectionEntity() {
    }

    public ObjectionEntity(long intakeId, long registrationId, LocalDate raisedOn, String raisedBy, String content,
                           String status, String recordedBy, Instant recordedAt) {
        this.intakeId = intakeId;
        this.registrationId = registrationId;
        this.raisedOn = raisedOn;
        this.raisedBy = raisedBy;
        this.content = content;
        this.status = status;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long getId() {
        return id;
    }

    public long getIntakeId() {
        return intakeId;
    }

    public long getRegistrationId() {
        return registrationId;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public String getContent() {
        return content;
    }

    public String getStatus() {
        return status;
    }

    public String getResolution() {
        return resolution;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public void resolve(String status, String resolution, String resolvedBy, Instant resolvedAt) {
        this.status = status;
        this.resolution = resolution;
        this.resolvedBy = resolvedBy;
        this.resolvedAt = resolvedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
