package io.tepai.store.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.MappedSuperclass;

/**
 * A versioned row that also records when it was created and last changed (columns {@code created_at} and
 * {@code updated_at}).
 */
@MappedSuperclass
public abstract class TimestampedEntity extends VersionedEntity {

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected TimestampedEntity() {
    }

    protected TimestampedEntity(Instant createdAt, Instant updatedAt) {
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
