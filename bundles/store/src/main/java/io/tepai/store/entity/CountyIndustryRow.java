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
 * One leading industry of a county (CountyEntity#getLeadingIndustries), read-only: the element collection's table as an
 * entity, because JPQL cannot apply a function (LOWER, LENGTH, LOCATE) to an element collection's value; what the
 * coverage counts (R-GOAL-1) need in SQL. Never written through: the owning entity writes the rows.
 */
@Entity(name = "CountyIndustry")
@Table(name = "county_industry")
@ReadOnly
@IdClass(CountyIndustryRow.Key.class)
public class CountyIndustryRow {

    @Id
    @Column(name = "county_code")
    private String owner;

    @Id
    @Column(name = "seq")
    private int seq;

    @Column(name = "industry")
    private String industry;

    protected CountyIndustryRow() {
    }

    public String getOwner() {
        return owner;
    }

    public String getIndustry() {
        return industry;
    }

    /**
     * The row's key, its owner and position: a composite id needs a class of its own, or EclipseLink warns at every
     * start.
     */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String owner;
        private int seq;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(owner, key.owner) && seq == key.seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(owner, seq);
        }
    }
}
