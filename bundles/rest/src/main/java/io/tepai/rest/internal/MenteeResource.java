package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.field.Mentee;
import io.tepai.api.field.MenteeDraft;
import io.tepai.api.field.MenteeService;
import java.net.URI;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
 * {@code /api/mentees}: the local leaders and young farm owners a specialist mentors (传帮带扶, R-SVC-1). Entered or
 * deleted, not edited.
 */
@Component(service = MenteeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("mentees")
@Produces(MediaType.APPLICATION_JSON)
public class MenteeResource {

    @Reference
    private MenteeService records;

    @Operation(summary = "List mentees")
    @GET
    public Page<Mentee> list(@QueryParam("county") String county, @QueryParam("specialist") Long specialist,
                             @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return records.mentees(county, specialist, Pages.request(page, size));
    }

    @Operation(summary = "Record a mentee")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Mentee.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(MenteeDraft draft, @Context Actor actor) {
        Mentee created = records.createMentee(actor, draft);
        return Response.created(URI.create("mentees/" + created.id())).entity(created).build();
    }

    @Operation(summary = "Delete a mentee")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version,
                           @Context Actor actor) {
        records.deleteMentee(actor, id, QueryParameters.version(version));
        return Response.noContent().build();
    }
}
