package io.tepai.core.module;

import io.tepai.api.Actor;
import io.tepai.core.audit.AuditTrail;
import io.tepai.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counties' module switches, kept in configuration {@value ModuleRegistry#PID} (layout in {@link Switches}).
 * Read live (a changed {@code etc/io.tepai.modules.cfg} applies at once) and written back through ConfigurationAdmin,
 * so they survive restarts; every change, and every refused attempt, is audited.
 */
final class SwitchStore {

    private static final Logger LOG = LoggerFactory.getLogger(SwitchStore.class);
    private static final String ENTITY = "Module";

    private final Store store;
    private final ConfigurationAdmin configurationAdmin;
    private final Clock clock;
    /** Serialises writers, so that two toggles at once cannot overwrite each other's switches. */
    private final Object writeLock = new Object();
    private volatile Switches switches = Switches.NONE;

    SwitchStore(Store store, ConfigurationAdmin configurationAdmin, Clock clock) {
        this.store = store;
        this.configurationAdmin = configurationAdmin;
        this.clock = clock;
    }

    /** The switches as last delivered or written. */
    Switches current() {
        return switches;
    }

    /** Applies the switches of the configuration, at activation and whenever it changes (file, console, REST). */
    void configure(Map<String, Object> config) {
        synchronized (writeLock) {
            switches = Switches.parse(config);
        }
        LOG.debug("Module switches: {}", switches);
    }

    /**
     * Changes the switches as stored in ConfigurationAdmin (not as last delivered here, which may lag behind a file
     * just edited), audits the change and writes it back, in the audit's transaction: a write that fails leaves no
     * audit record. Nothing is written or audited when the switches would not change.
     *
     * @return whether anything changed
     */
    boolean toggle(Actor actor, String county, String module, String action, UnaryOperator<Switches> change) {
        synchronized (writeLock) {
            Configuration configuration = configuration();
            Dictionary<String, Object> stored = configuration.getProperties();
            Switches before = Switches.parse(stored);
            Switches after = change.apply(before);
            if (after.equals(before)) {
                return false;
            }
            Dictionary<String, Object> properties = copy(stored);
            after.writeTo(properties, county, module);
            store.write(repos -> {
                AuditTrail.record(repos, actor, Instant.now(clock), ENTITY, module, action,
                        switchOf(before, county, module), switchOf(after, county, module), null);
                try {
                    configuration.update(properties);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot save configuration " + ModuleRegistry.PID, e);
                }
                return null;
            });
            switches = after;
            return true;
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

    private Configuration configuration() {
        try {
            // "?" binds the configuration to no one bundle, as Karaf's file install does for etc/*.cfg
            return configurationAdmin.getConfiguration(ModuleRegistry.PID, "?");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read configuration " + ModuleRegistry.PID, e);
        }
    }

    private static Dictionary<String, Object> copy(Dictionary<String, Object> stored) {
        Hashtable<String, Object> copy = new Hashtable<>();
        if (stored != null) {
            for (String key : Collections.list(stored.keys())) {
                copy.put(key, stored.get(key));
            }
        }
        return copy;
    }

    private static ModuleSwitch switchOf(Switches switches, String county, String module) {
        return new ModuleSwitch(county, switches.isEnabled(county, module), switches.weight(county, module)
                .orElse(null));
    }
}
