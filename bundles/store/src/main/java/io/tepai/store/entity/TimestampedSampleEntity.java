package io.tepai.store.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.MappedSuperclass;

/**
 * A timestamped row that can belong to the demo data set (column {@code sample}), like {@link SampleEntity}: Java
 * lets a row inherit the timestamps or the sample flag, not both, so the flag is declared again here.
 */
@MappedSuperclass
public abstract class TimestampedSampleEntity extends TimestampedEntity {

    @Column(name = "sample")
    private boolean sample;

    protected TimestampedSampleEntity() {
    }

    protected TimestampedSampleEntity(Instant createdAt, Instant updatedAt) {
        super(createdAt, updatedAt);
    }

    public boolean isSample() {
        return sample;
    }

    public void setSample(boolean sample) {
        this.sample = sample;
    }
}
