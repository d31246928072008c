package io.tepai.itest;

import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ops4j.pax.exam.Option;

/**
 * Ports for the container tests, picked free at test start instead of Karaf's fixed 8181/8101/1099/44444, so that
 * a Karaf a developer runs (or a second build) does not make the tests fail obscurely. A named port is picked once
 * per JVM and kept in a system property {@code tepai.itest.port.<name>}; the container gets the same properties, so
 * the probe's test code running in there reads the very ports the test JVM configured.
 */
final class FreePorts {

    private static final String PREFIX = "tepai.itest.port.";
    private static final Map<String, Integer> NAMED = new LinkedHashMap<>();
    private static final Set<Integer> PICKED = new HashSet<>();

    private FreePorts() {
    }

    /** The port of this name: the one handed down by the test JVM, or else a free one picked now. */
    static synchronized int port(String name) {
        return NAMED.computeIfAbsent(name, key -> {
            String given = System.getProperty(PREFIX + key);
            int port = given != null ? Integer.parseInt(given) : pick();
            System.setProperty(PREFIX + key, String.valueOf(port));
            return port;
        });
    }

    /** A port nobody listens on right now, and not one handed out before in this JVM. */
    static synchronized int pick() {
        for (int attempt = 0; attempt < 20; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("No free port on this machine", e);
            }
            if (!NAMED.containsValue(port) && !PICKED.contains(port)) {
                PICKED.add(port);
                return port;
            }
        }
        throw new IllegalStateException("No distinct free port found in 20 attempts");
    }

    /** The named ports as system properties of the container, for the test code that runs in there. */
    static synchronized Option asSystemProperties() {
        return composite(NAMED.entrySet().stream()
                .map(port -> systemProperty(PREFIX + port.getKey()).value(String.valueOf(port.getValue())))
                .toArray(Option[]::new));
    }
}
