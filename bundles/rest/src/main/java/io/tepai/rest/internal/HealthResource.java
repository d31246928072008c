package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.tepai.api.Health;
import io.tepai.api.HealthService;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/health}: 200 when every component is up, 503 otherwise; always says which is which.
 * {@code GET /api/health/ready}: 200 once nothing is still starting (the demo data, when configured, is loaded), 503
 * until then: what city IT and the container tests wait for before they use the platform.
 */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Reference
    private HealthService health;

    @PermitAll
    @Operation(summary = "Health of the database and components")
    @GET
    public Response get() {
        Health state = health.check();
        return Response.status(state.up() ? 200 : 503).entity(state).build();
    }

    @PermitAll
    @Operation(summary = "Readiness: everything started, demo data loaded")
    @GET
    @Path("ready")
    public Response ready() {
        Health state = health.check();
        return Response.status(state.ready() ? 200 : 503).entity(state).build();
    }
}
