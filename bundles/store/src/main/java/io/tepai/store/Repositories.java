package io.tepai.store;

import javax.persistence.EntityManager;

/** The repositories of one unit of work, all sharing its entity manager and transaction. */
public final class Repositories {

    private final CountyRepository counties;
    private final UnitRepository units;
    private final SpecialistRepository specialists;
    private final MetaRepository meta;
    private final AccountRepository accounts;
    private final AuditRepository audit;
    private final EntityManager em;

    public Repositories(EntityManager em) {
        this.em = em;
        this.counties = new CountyRepository(em);
        this.units = new UnitRepository(em);
        this.specialists = new SpecialistRepository(em);
        this.meta = new MetaRepository(em);
        this.accounts = new AccountRepository(em);
        this.audit = new AuditRepository(em);
    }

    public CountyRepository counties() {
        return counties;
    }

    public UnitRepository units() {
        return units;
    }

    public SpecialistRepository specialists() {
        return specialists;
    }

    public MetaRepository meta() {
        return meta;
    }

    public AccountRepository accounts() {
        return accounts;
    }

    public AuditRepository audit() {
        return audit;
    }

    /** Writes pending changes now, so that generated ids and incremented versions are visible. */
    public void flush() {
        em.flush();
    }
}
