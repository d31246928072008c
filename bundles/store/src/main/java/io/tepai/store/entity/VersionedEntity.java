package io.tepai.store.entity;

import javax.persistence.Column;
import javax.persistence.MappedSuperclass;
import javax.persistence.Version;

/**
 * The optimistic-locking version every changeable row carries (column {@code version}): a write that read an older
 * version fails instead of overwriting someone else's change. Mapped into each entity's own table; no table of its
 * own, so the schema is the one the migrations create.
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Version
    @Column(name = "version")
    private long version;

    public long getVersion() {
        return version;
    }
}
