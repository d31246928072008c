package io.tepai.store.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
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
public class SpecialistGramRow {

    @Id
    @Column(name = "gram")
    private String gram;

    @Id
    @Column(name = "specialist_id")
    private long owner;

    protected SpecialistGramRow() {
    }
}
