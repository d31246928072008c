package io.tepai.store.entity;

import javax.persistence.Column;
import javax.persistence.MappedSuperclass;

/** A versioned row that can belong to the demo data set (column {@code sample}; REST shows it as {@code sample}). */
@MappedSuperclass
public abstract class SampleEntity extends VersionedEntity {

    @Column(name = "sample")
    private boolean sample;

    public boolean isSample() {
        return sample;
    }

    public void setSample(boolean sample) {
        this.sample = sample;
    }
}
