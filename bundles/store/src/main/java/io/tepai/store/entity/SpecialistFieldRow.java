package io.tepai.store.entity;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * One field of a specialist's expertise (SpecialistEntity#getFields), read-only: the element collection's table as an
 * entity, because JPQL cannot apply a function (LOWER, LOCATE) to an element collection's value; what the search of
 * specialists by field and text confirms its candidates with. Never written through: the owning entity writes the rows.
 */
@Entity(name = "SpecialistField")
@Table(name = "specialist_field")
@ReadOnly
@IdClass(SpecialistFieldRow.Key.class)
public class SpecialistFieldRow {

    @Id
    @Column(name = "specialist_id")
    private long owner;

    @Id
    @Column(name = "seq")
    private int seq;

    @Column(name = "field")
    private String field;

    protected SpecialistFieldRow() {
    }

    public long getOwner() {
        return owner;
    }

    public String getField() {
        return field;
    }

    /**
     * The row's key, its owner and position: a composite id needs a class of its own, or EclipseLink warns at every
     * start.
     */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long owner;
        private int seq;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && owner == key.owner && seq == key.seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(owner, seq);
        }
    }
}
