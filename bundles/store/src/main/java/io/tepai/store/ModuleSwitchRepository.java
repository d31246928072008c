package io.tepai.store;

import io.tepai.store.entity.ModuleSwitchEntity;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;

/**
 * The counties' module switches (table {@code module_switch}). Every read goes to the database (the entity is kept out
 * of the shared cache), so a switch another node made is seen at once. The table holds one row per county and module
 * ever switched on: a few hundred at most, so reading all of it for the module list is one small indexed scan.
 */
public final class ModuleSwitchRepository {

    private final EntityManager em;

    ModuleSwitchRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<ModuleSwitchEntity> find(String county, String module) {
        return em.createQuery("SELECT s FROM ModuleSwitch s WHERE s.countyCode = :county AND s.moduleId = :module",
                        ModuleSwitchEntity.class)
                .setParameter("county", county).setParameter("module", module)
                .getResultList().stream().findFirst();
    }

    /** Whether the module is switched on in the county: one read by the unique key. */
    public boolean isEnabled(String county, String module) {
        return !em.createQuery("SELECT s.id FROM ModuleSwitch s WHERE s.countyCode = :county AND s.moduleId = :module"
                        + " AND s.enabled = :on", Long.class)
                .setParameter("county", county).setParameter("module", module).setParameter("on", true)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Every switch, on or off, by county and module. */
    public List<ModuleSwitchEntity> all() {
        return em.createQuery("SELECT s FROM ModuleSwitch s ORDER BY s.countyCode, s.moduleId",
                ModuleSwitchEntity.class).getResultList();
    }

    /** The county's switches, on or off, by module. */
    public List<ModuleSwitchEntity> ofCounty(String county) {
        return em.createQuery("SELECT s FROM ModuleSwitch s WHERE s.countyCode = :county ORDER BY s.moduleId",
                ModuleSwitchEntity.class).setParameter("county", county).getResultList();
    }

    /** The module's switches, on or off, by county. */
    public List<ModuleSwitchEntity> ofModule(String module) {
        return em.createQuery("SELECT s FROM ModuleSwitch s WHERE s.moduleId = :module ORDER BY s.countyCode",
                ModuleSwitchEntity.class).setParameter("module", module).getResultList();
    }

    /** Whether no switch was ever stored: the one-time import of the old configuration file looks first. */
    public boolean isEmpty() {
        return em.createQuery("SELECT s.id FROM ModuleSwitch s", Long.class).setMaxResults(1).getResultList()
                .isEmpty();
    }

    public ModuleSwitchEntity add(ModuleSwitchEntity row) {
        em.persist(row);
        return row;
    }
}
