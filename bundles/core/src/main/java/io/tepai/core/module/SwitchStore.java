package io.tepai.core.module;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.core.audit.AuditTrail;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.store.Store;
import io.tepai.store.entity.ModuleSwitchEntity;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counties' module switches, kept in the database (table {@code module_switch}, issue 18) so that every node on
 * one database sees the same switches. Nothing is cached here: each question is one indexed read, so a switch made on
 * another node counts from the next call on. Every change is written in the transaction of its audit record, and every
 * refused attempt is audited too.
 */
final class SwitchStore {

    private static final Logger LOG = LoggerFactory.getLogger(SwitchStore.class);
    private static final String ENTITY = "Module";
    /** The file the switches were kept in before they moved into the database. */
    static final String OLD_FILE = "etc/" + ModuleRegistry.PID + ".cfg";
    private static final Actor IMPORTER = Actor.system("modules-import");
    private static final AuditedWrite<ModuleSwitchEntity, ModuleSwitch> WRITE =
            AuditedWrite.of(ENTITY, ModuleSwitchEntity::getModuleId, SwitchStore::toRecord);

    private final Store store;
    private final Clock clock;

    SwitchStore(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Every county's switches: for the module list. */
    Switches all() {
        return store.read(repos -> Switches.of(repos.moduleSwitches().all()));
    }

    /** The county's switches of every module: for the county's criteria and incentives. */
    Switches ofCounty(String county) {
        return store.read(repos -> Switches.of(repos.moduleSwitches().ofCounty(county)));
    }

    /** The module's switches in every county: for describing one module. */
    Switches ofModule(String module) {
        return store.read(repos -> Switches.of(repos.moduleSwitches().ofModule(module)));
    }

    boolean isEnabled(String county, String module) {
        return store.read(repos -> repos.moduleSwitches().isEnabled(county, module));
    }

    /**
     * Switches the module on or off for the county, and audits it in the same transaction: a write that fails leaves
     * no audit record, an audit record that cannot be written leaves the switch as it was. Nothing is written or
     * audited when the switch would not change. Two nodes switching the same module in the same county at once: the
     * one that commits first wins, the other is told of the conflict and changes nothing.
     *
     * @param weight the criterion's weight in the county, or null to keep the one it has (switching off keeps it,
     *               so that switching on again restores it)
     * @return whether anything changed
     */
    boolean toggle(Actor actor, String county, String module, boolean on, Integer weight) {
        String action = on ? "enable" : "disable";
        try {
            return store.write(repos -> {
                Instant now = Instant.now(clock);
                Optional<ModuleSwitchEntity> stored = repos.moduleSwitches().find(county, module);
                if (stored.isEmpty()) {
                    if (!on) {
                        return false;
                    }
                    ModuleSwitchEntity row = repos.moduleSwitches().add(new ModuleSwitchEntity(county, module));
                    row.set(true, weight, actor.username(), now);
                    WRITE.created(repos, actor, now, row, action, null);
                    return true;
                }
                ModuleSwitchEntity row = stored.get();
                if (row.isEnabled() == on && (weight == null || weight.equals(row.getWeight()))) {
                    return false;
                }
                // the version read here; the database refuses the update if another node moved it since
                WRITE.update(repos, actor, now, row, row.getVersion(), action, changed -> {
                    changed.set(on, weight, actor.username(), now);
                    return null;
                });
                return true;
            });
        } catch (ConflictException e) {
            LOG.info("{} could not {} module '{}' for county '{}': switched at the same time elsewhere ({})",
                    actor.username(), action, module, county, e.getMessage());
            throw new ConflictException("Module '" + module + "' in county '" + county + "' was switched by someone "
                    + "else at the same time, so this " + action + " changed nothing; look at the switches again "
                    + "(tepai:modules, GET /api/modules/" + module + ") and repeat it if it is still needed.");
        }
    }

    /** Records an attempt the rules refused (action "enable-refused", "disable-refused"), with the reason. */
    void refused(Actor actor, String county, String module, String action, String reason) {
        store.write(repos -> {
            AuditTrail.record(repos, actor, Instant.now(clock), ENTITY, module, action + "-refused", null, null,
                    "county " + county + ": " + reason);
            return null;
        });
    }

    /**
     * The upgrade from a release that kept the switches in {@value #OLD_FILE}: while the table holds no switch at all,
     * the file's switches and weights are written into it, each audited as an "import", in one transaction. From then
     * on the table is the truth and the file is not read again. Two nodes starting at once on one database both try;
     * the table's unique key lets one transaction through and refuses the other whole, which is then ignored.
     *
     * @param config the configuration {@value ModuleRegistry#PID} as ConfigAdmin delivers it at activation
     * @return how many switches were imported
     */
    int importOnce(Map<String, ?> config) {
        Switches file = Switches.parse(config);
        if (file.isEmpty()) {
            return 0;
        }
        try {
            int imported = store.write(repos -> {
                if (!repos.moduleSwitches().isEmpty()) {
                    return 0;
                }
                Instant now = Instant.now(clock);
                int count = 0;
                for (Map.Entry<String, Set<String>> county : file.stored().entrySet()) {
                    if (repos.counties().find(county.getKey()).isEmpty()) {
                        LOG.warn("{}: county '{}' does not exist; its switches {} are not imported", OLD_FILE,
                                county.getKey(), county.getValue());
                        continue;
                    }
                    for (String module : county.getValue()) {
                        if (module.length() > ModuleRegistry.MAX_ID) {
                            LOG.warn("{}: module id '{}' is longer than {} characters; not imported", OLD_FILE, module,
                                    ModuleRegistry.MAX_ID);
                            continue;
                        }
                        ModuleSwitchEntity row = repos.moduleSwitches()
                                .add(new ModuleSwitchEntity(county.getKey(), module));
                        row.set(file.isEnabled(county.getKey(), module), file.weight(county.getKey(), module)
                                .orElse(null), IMPORTER.username(), now);
                        WRITE.created(repos, IMPORTER, now, row, "import", "from " + OLD_FILE
                                + " at the upgrade to switches in the database");
                        count++;
                    }
                }
                return count;
            });
            if (imported > 0) {
                LOG.info("Imported {} module switch(es) from {} into the database; the file is not read any more"
                        + " (switch with tepai:module-enable / tepai:module-disable or /api/modules)", imported,
                        OLD_FILE);
            }
            return imported;
        } catch (ConflictException e) {
            LOG.info("Another node imported the module switches of {} at the same time; its import stands", OLD_FILE);
            return 0;
        }
    }

    private static ModuleSwitch toRecord(ModuleSwitchEntity row) {
        return new ModuleSwitch(row.getCountyCode(), row.isEnabled(), row.getWeight());
    }
}
