package io.tepai.store.entity;

import java.io.Serializable;
import java.util.Objects;

/**
 * The key of a read-only row of an element collection owned by a record with a numeric id (its owner and position),
 * for {@link SpecialistFieldRow} and {@link AssignmentIndustryRow}: a composite id needs a class of its own, or
 * EclipseLink warns at every start.
 */
public final class ElementRowKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private long owner;
    private int seq;

    public ElementRowKey() {
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ElementRowKey key && owner == key.owner && seq == key.seq;
    }

    @Override
    public int hashCode() {
        return Objects.hash(owner, seq);
    }
}
