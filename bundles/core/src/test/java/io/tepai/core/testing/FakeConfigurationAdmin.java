package io.tepai.core.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.TreeMap;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * ConfigurationAdmin holding one configuration in memory, as Felix's does: {@code getProperties()} is null until the
 * first update and a copy afterwards. It counts the updates, so that tests can see that an idempotent call wrote
 * nothing, and can be made to fail them.
 */
public final class FakeConfigurationAdmin {

    private final String pid;
    private final ConfigurationAdmin admin = mock(ConfigurationAdmin.class);
    private final Configuration configuration = mock(Configuration.class);
    private Hashtable<String, Object> properties;
    private int updates;
    private IOException failure;

    public FakeConfigurationAdmin(String pid) {
        this.pid = pid;
        try {
            when(admin.getConfiguration(eq(pid), anyString())).thenReturn(configuration);
            when(configuration.getPid()).thenReturn(pid);
            when(configuration.getProperties()).thenAnswer(call -> properties == null ? null
                    : new Hashtable<>(properties));
            doAnswer(call -> {
                if (failure != null) {
                    throw failure;
                }
                Dictionary<String, Object> given = call.getArgument(0);
                properties = new Hashtable<>();
                for (String key : Collections.list(given.keys())) {
                    properties.put(key, given.get(key));
                }
                properties.put("service.pid", pid);
                updates++;
                return null;
            }).when(configuration).update(any());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public ConfigurationAdmin admin() {
        return admin;
    }

    /** What an operator wrote in the file, as file install would set it (counts no update). */
    public void edit(Map<String, Object> file) {
        properties = new Hashtable<>(file);
        properties.put("service.pid", pid);
    }

    /** The stored properties, sorted; empty before the first write. */
    public Map<String, Object> properties() {
        return properties == null ? Map.of() : new TreeMap<>(properties);
    }

    public int updates() {
        return updates;
    }

    public void failUpdatesWith(IOException e) {
        failure = e;
    }
}
