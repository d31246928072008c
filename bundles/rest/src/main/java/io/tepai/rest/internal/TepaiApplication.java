package io.tepai.rest.internal;

import java.util.Set;
import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Tepai's one JAX-RS application under {@code /api}. It carries its own JSON provider, error mappers and
 * authentication filter, so nothing depends on what else is installed in the shared container. Resources
 * register separately (whiteboard) and select this application by name, so that the health resource stays up
 * even when the database is down.
 */
@Component(service = Application.class)
@JaxrsApplicationBase("api")
@JaxrsName(TepaiApplication.NAME)
public class TepaiApplication extends Application {

    public static final String NAME = "tepai";
    /** Service filter that resources use to join this application. */
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";

    @Override
    public Set<Object> getSingletons() {
        return Set.of(new JsonProvider(), new BasicAuthFilter(new JaasAuthenticator("karaf")),
                new TepaiExceptionMapper(), new WebExceptionMapper(), new UnexpectedExceptionMapper());
    }
}
