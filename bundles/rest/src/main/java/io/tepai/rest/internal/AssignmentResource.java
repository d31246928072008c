package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.dispatch.Assignment;
import io.tepai.api.dispatch.AssignmentDraft;
import io.tepai.api.dispatch.AssignmentFilter;
import io.tepai.api.dispatch.AssignmentService;
import io.tepai.rest.internal.RequestBodies.Edit;
import io.tepai.rest.internal.RequestBodies.VersionOnly;
import io.tepai.spi.tier.SupportLevel;
import java.net.URI;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

/** {@code /api/assignments}: which specialist serves which county in which year, at which level (R-REC-3). */
@Component(service = AssignmentResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("assignments")
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentResource {

    @Reference
    private AssignmentService assignments;

    /** Without {@code year} the list spans all years: it is a filter, not the programme year of a report. */
    @Operation(summary = "List dispatch assignments")
    @GET
    public Page<Assignment> list(@QueryParam("county") String county, @QueryParam("year") Integer year,
                                 @QueryParam("specialist") Long specialist, @QueryParam("unit") String unit,
                                 @QueryParam("level") SupportLevel level, @QueryParam("page") Integer page,
                                 @QueryParam("size") Integer size) {
        AssignmentFilter filter = new AssignmentFilter(county, year,
                specialist, unit,
                level);
        return assignments.search(filter, Pages.request(page, size));
    }

    @Operation(summary = "Read an assignment")
    @GET
    @Path("{id}")
    public Assignment get(@PathParam("id") long id) {
        return assignments.get(id);
    }

    @Operation(summary = "Dispatch a specialist to a county for a year")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Assignment.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(AssignmentDraft draft, @Context Actor actor) {
        Assignment created = assignments.create(actor, draft);
        return Response.created(URI.create("assignments/" + created.id())).entity(created).build();
    }

    @Operation(summary = "Update an assignment")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Assignment update(@PathParam("id") long id, Edit<VersionOnly, AssignmentDraft> body, @Context Actor actor) {
        return assignments.update(actor, id, body.fields().version(), body.draft());
    }

    @Operation(summary = "Delete an assignment")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version,
                           @Context Actor actor) {
        assignments.delete(actor, id, QueryParameters.version(version));
        return Response.noContent().build();
    }
}
