package io.tepai.rest.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Tepai's one JAX-RS application under {@code /api}. It carries its own JSON provider, error mappers, request
 * guard, authentication, the rule that every method needs a signed-in user unless marked public, and the typed
 * query parameters, so nothing depends on what else is installed in the shared container.
 * Resources register separately (whiteboard) and select this application by name, so that the health resource
 * stays up even when the database is down.
 * <p>
 * Installation settings (city IT, {@code etc/io.tepai.rest.cfg}): {@code maxBodyBytes} (default 1 MiB),
 * {@code importMaxBodyBytes} for the files of bulk imports only (default 64 MiB) and
 * {@code allowedOrigins}, a comma-separated list of other web origins whose pages may write through the API
 * (default none). A change takes effect at once, without rebuilding the application (which would disrupt every
 * endpoint).
 */
@Designate(ocd = RestConfiguration.class)
@Component(service = Application.class, configurationPid = TepaiApplication.PID)
@JaxrsApplicationBase("api")
@JaxrsName(TepaiApplication.NAME)
public class TepaiApplication extends Application {

    public static final String NAME = "tepai";
    public static final String PID = "io.tepai.rest";
    /** Service filter that resources use to join this application. */
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";

    @Reference
    private WebSessions sessions;

    @Reference
    private RequestMetrics requestMetrics;

    private final AtomicReference<RequestGuard.Settings> settings =
            new AtomicReference<>(RequestGuard.Settings.defaults());

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        settings.set(settings(properties));
    }

    static RequestGuard.Settings settings(Map<String, Object> properties) {
        Object max = properties.get("maxBodyBytes");
        long maxBodyBytes = RequestGuard.Settings.DEFAULT_MAX_BODY_BYTES;
        if (max != null && !max.toString().isBlank()) {
            maxBodyBytes = Long.parseLong(max.toString().strip());
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException(PID + " maxBodyBytes must be positive: " + max);
            }
        }
        Object origins = properties.get("allowedOrigins");
        List<String> allowed = origins == null ? List.of()
                : Arrays.stream((origins instanceof String[] many ? String.join(",", many) : origins.toString())
                        .split(",")).map(String::strip).filter(o -> !o.isEmpty()).toList();
        Object importMax = properties.get("importMaxBodyBytes");
        long importMaxBodyBytes = RequestGuard.Settings.DEFAULT_IMPORT_MAX_BODY_BYTES;
        if (importMax != null && !importMax.toString().isBlank()) {
            importMaxBodyBytes = Long.parseLong(importMax.toString().strip());
            if (importMaxBodyBytes < 1) {
                throw new IllegalArgumentException(PID + " importMaxBodyBytes must be positive: " + importMax);
            }
        }
        return new RequestGuard.Settings(maxBodyBytes, allowed, importMaxBodyBytes);
    }

    @Override
    public Set<Object> getSingletons() {
        return Set.of(new JsonProvider(), new RequestGuard(settings::get),
                new BasicAuthFilter(new JaasAuthenticator("karaf")), new SessionAuthFilter(sessions),
                new ClosedByDefault(), requestMetrics.families(), new Actors(), new Viewer.Provider(),
                new QueryParameters(),
                new TepaiExceptionMapper(), new WebExceptionMapper(), new UnexpectedExceptionMapper());
    }
}
