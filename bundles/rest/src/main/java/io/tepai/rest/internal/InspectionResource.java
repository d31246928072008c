package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.funding.FindingDraft;
import io.tepai.api.funding.Inspection;
import io.tepai.api.funding.InspectionDraft;
import io.tepai.api.funding.InspectionService;
import java.net.URI;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
 * {@code /api/inspections}: random inspections of allocations (R-FUND-4). The city office draws a sample (the seed is
 * stored and the draw documented, so it can be re-run) and records a finding per drawn allocation; the auditor reads.
 */
@Component(service = InspectionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("inspections")
@Produces(MediaType.APPLICATION_JSON)
public class InspectionResource {

    @Reference
    private InspectionService inspections;

    @Operation(summary = "List inspections")
    @GET
    public Page<Inspection> list(@QueryParam("year") Integer year, @QueryParam("page") Integer page,
                                 @QueryParam("size") Integer size, @Context Actor actor) {
        return inspections.inspections(actor, year, Pages.request(page, size));
    }

    @Operation(summary = "Read an inspection")
    @GET
    @Path("{id}")
    public Inspection get(@PathParam("id") long id, @Context Actor actor) {
        return inspections.get(actor, id);
    }

    @Operation(summary = "Draw allocations for inspection")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Inspection.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draw(InspectionDraft draft, @Context Actor actor) {
        Inspection drawn = inspections.draw(actor, draft);
        return Response.created(URI.create("inspections/" + drawn.id())).entity(drawn).build();
    }

    @Operation(summary = "Record a finding of an inspection")
    @POST
    @Path("{id}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Inspection finding(@PathParam("id") long id, FindingDraft draft, @Context Actor actor) {
        return inspections.recordFinding(actor, id, draft);
    }
}
