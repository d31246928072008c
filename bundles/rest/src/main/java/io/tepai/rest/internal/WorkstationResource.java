package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.dispatch.Workstation;
import io.tepai.api.dispatch.WorkstationDraft;
import io.tepai.api.dispatch.WorkstationService;
import io.tepai.rest.internal.RequestBodies.Edit;
import io.tepai.rest.internal.RequestBodies.WorkstationSave;
import java.net.URI;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/workstations}: the counties' workstations (R-SQUAD-2). A county has at most one, so it is addressed
 * by the county code and created or replaced with PUT.
 */
@Component(service = WorkstationResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("workstations")
@Produces(MediaType.APPLICATION_JSON)
public class WorkstationResource {

    @Reference
    private WorkstationService workstations;

    @Operation(summary = "List workstations")
    @GET
    public Page<Workstation> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return Pages.of(workstations.list(), page, size);
    }

    @Operation(summary = "Read a county's workstation")
    @GET
    @Path("{county}")
    public Workstation get(@PathParam("county") String county) {
        return workstations.get(county);
    }

    /**
     * The draft plus {@code version}: without a version the workstation is created (201), with the version read it
     * is replaced (200). The version decides, not whether one exists, so that two first saves cannot both "win".
     */
    @Operation(summary = "Create or replace a county's workstation")
    @ApiResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = Workstation.class)))
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Workstation.class)))
    @PUT
    @Path("{county}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("county") String county, Edit<WorkstationSave, WorkstationDraft> body,
                         @Context Actor actor) {
        body.fields().checkCounty(county);
        Long version = body.fields().version();
        Workstation saved = workstations.save(actor, county, version, body.draft());
        return version == null
                ? Response.created(URI.create("workstations/" + saved.county())).entity(saved).build()
                : Response.ok(saved).build();
    }
}
