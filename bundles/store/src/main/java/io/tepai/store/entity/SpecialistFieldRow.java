package io.tepai.store.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * One field of a specialist's expertise (SpecialistEntity#getFields), read-only: the element collection's table as an
 * entity, because JPQL cannot apply a function (LOWER, LENGTH, LOCATE) to an element collection's value; what the
 * coverage counts (R-GOAL-1) need in SQL. Never written through: the owning entity writes the rows.
 */
@Entity(name = "SpecialistField")
@Table(name = "specialist_field")
@ReadOnly
@IdClass(ElementRowKey.class)
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
}
