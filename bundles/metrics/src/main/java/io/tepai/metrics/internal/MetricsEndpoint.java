package io.tepai.metrics.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import javax.servlet.Servlet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Puts {@link ScrapeServlet} at {@code /metrics} and keeps its token in step with {@code etc/io.tepai.metrics.cfg}.
 * The servlet is registered by hand rather than being the configured component itself: SCR copies a component's
 * configuration into its service properties, which would publish the token to anyone listing services and make the
 * HTTP whiteboard re-register the servlet on every change.
 */
@Designate(ocd = MetricsConfiguration.class)
@Component(service = {}, immediate = true, configurationPid = MetricsEndpoint.PID)
public class MetricsEndpoint {

    static final String PID = "io.tepai.metrics";

    private final ScrapeServlet servlet;
    private final ServiceRegistration<Servlet> registration;

    @Activate
    public MetricsEndpoint(@Reference TepaiMeters meters, BundleContext context, Map<String, Object> config) {
        servlet = new ScrapeServlet(meters);
        configure(config);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("osgi.http.whiteboard.servlet.name", "tepai-metrics");
        properties.put("osgi.http.whiteboard.servlet.pattern", "/metrics");
        registration = context.registerService(Servlet.class, servlet, properties);
    }

    @Modified
    void configure(Map<String, Object> config) {
        servlet.token(config == null ? null : config.get("token"));
    }

    @Deactivate
    void stop() {
        registration.unregister();
    }
}
