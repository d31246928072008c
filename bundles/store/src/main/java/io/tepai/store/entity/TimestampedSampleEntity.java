package io.tepai.store.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.MappedSuperclass;

/** A sample-aware versioned row that also records when it was created and last changed. */
@MappedSuperclass
public abstract class TimestampedSampleEntity extends SampleEntity {

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected TimestampedSampleEntity() {
    }

    protected TimestampedSampleEntity(Instant createdAt, Instant updatedAt) {
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
