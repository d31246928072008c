package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.specialist.Tier;
import io.tepai.api.specialist.TierService;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/tiers}: the specialist tiers registered right now, built-in and from plug-ins. */
@Component(service = TierResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("tiers")
@Produces(MediaType.APPLICATION_JSON)
public class TierResource {

    @Reference
    private TierService tiers;

    @PermitAll
    @Operation(summary = "List the specialist tiers")
    @GET
    public Page<Tier> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return Pages.of(tiers.list(), page, size);
    }

    @PermitAll
    @Operation(summary = "Read a specialist tier")
    @GET
    @Path("{id}")
    public Tier get(@PathParam("id") String id) {
        return tiers.find(id).orElseThrow(() -> new NotFoundException("Tier", id));
    }
}
