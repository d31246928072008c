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
 * One search gram of a specialist (SpecialistEntity's grams, V022), read-only: the element collection's table as an
 * entity, so that a search can join it and walk its (gram, specialist_id) key in specialist order; only named in
 * JPQL, never read as objects. Never written through: the owning entity writes the rows.
 */
@Entity(name = "SpecialistGram")
@Table(name = "specialist_gram")
@ReadOnly
@IdClass(SpecialistGramRow.Key.class)
public class SpecialistGramRow {

    @Id
    @Column(name = "gram")
    private String gram;

    @Id
    @Column(name = "specialist_id")
    private long owner;

    protected SpecialistGramRow() {
    }

    /**
     * The row's key, gram and specialist: a composite id needs a class of its own, or EclipseLink warns at every
     * start.
     */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String gram;
        private long owner;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(gram, key.gram) && owner == key.owner;
        }

        @Override
        public int hashCode() {
            return Objects.hash(gram, owner);
        }
    }
}
