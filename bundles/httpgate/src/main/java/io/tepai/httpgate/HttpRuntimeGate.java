package io.tepai.httpgate;

import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds Karaf's start of the bundles after this one until Pax Web has registered its HTTP runtime.
 *
 * <p>Why: Pax Web configures Jetty in its own thread and registers the HTTP runtime from there. Aries' JAX-RS
 * whiteboard starts when it sees that runtime, so if the whiteboard bundle is already active at that moment, the
 * whiteboard starts inside Pax Web's configuration thread and takes its registry's lock there. If, at the same
 * time, Karaf's feature thread registers one of Tepai's JAX-RS services, that thread takes the same lock and then
 * waits for Pax Web's configuration thread to register the application's servlet context: each thread waits for the
 * other, and the container never comes up (a thread dump showed exactly this in a test run).
 *
 * <p>Karaf starts a feature's bundles in start-level order. Tepai's features give this bundle a start level after
 * Pax Web's bundles and before the whiteboard's, so when this start returns, the runtime is there and the whiteboard
 * starts in Karaf's thread, the one that registers Tepai's services.
 *
 * <p>If Pax Web registers no runtime within {@value #DEFAULT_SECONDS} s (property {@value #SECONDS_PROPERTY}), for
 * example because its port is taken, the start goes on without it and says so: REST then comes up, or not, as
 * before.
 */
public class HttpRuntimeGate implements BundleActivator {

    static final String SECONDS_PROPERTY = "tepai.http.gate.seconds";
    static final long DEFAULT_SECONDS = 60;

    /** What the JAX-RS whiteboard waits for (any HTTP runtime with an endpoint), by name: no package to import. */
    static final String RUNTIME_FILTER =
            "(&(objectClass=org.osgi.service.http.runtime.HttpServiceRuntime)(osgi.http.endpoint=*))";

    private static final Logger LOG = LoggerFactory.getLogger(HttpRuntimeGate.class);

    @Override
    public void start(BundleContext context) throws Exception {
        long seconds = seconds(context.getProperty(SECONDS_PROPERTY));
        ServiceTracker<Object, Object> runtime = new ServiceTracker<>(context, context.createFilter(RUNTIME_FILTER),
                null);
        runtime.open(true);
        try {
            long started = System.nanoTime();
            Object found = runtime.waitForService(TimeUnit.SECONDS.toMillis(seconds));
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            if (found != null) {
                LOG.info("Pax Web's HTTP runtime is up (waited {} ms); the JAX-RS whiteboard and Tepai's REST API "
                        + "start after it", waited);
            } else {
                LOG.warn("Pax Web registered no HTTP runtime within {} s ({}); the bundles after this one start "
                        + "without it. Check etc/org.ops4j.pax.web.cfg and whether the HTTP port is free.", seconds,
                        SECONDS_PROPERTY);
            }
        } finally {
            runtime.close();
        }
    }

    @Override
    public void stop(BundleContext context) {
        // nothing held
    }

    static long seconds(String property) {
        if (property == null || property.isBlank()) {
            return DEFAULT_SECONDS;
        }
        try {
            long seconds = Long.parseLong(property.strip());
            if (seconds > 0) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // falls through to the warning
        }
        LOG.warn("{} = '{}' is not a number of seconds; using {}", SECONDS_PROPERTY, property, DEFAULT_SECONDS);
        return DEFAULT_SECONDS;
    }
}
