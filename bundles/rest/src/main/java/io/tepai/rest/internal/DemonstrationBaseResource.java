package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.field.DemonstrationBase;
import io.tepai.api.field.DemonstrationBaseDraft;
import io.tepai.api.field.DemonstrationBaseService;
import io.tepai.rest.internal.RequestBodies.Edit;
import io.tepai.rest.internal.RequestBodies.VersionOnly;
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

/** {@code /api/bases}: the demonstration bases (科技示范基地, R-SVC-1) specialists and teams build in the counties. */
@Component(service = DemonstrationBaseResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("bases")
@Produces(MediaType.APPLICATION_JSON)
public class DemonstrationBaseResource {

    @Reference
    private DemonstrationBaseService records;

    @Operation(summary = "List demonstration bases")
    @GET
    public Page<DemonstrationBase> list(@QueryParam("county") String county,
                                        @QueryParam("specialist") Long specialist,
                                        @QueryParam("team") Long team, @QueryParam("page") Integer page,
                                        @QueryParam("size") Integer size) {
        return records.bases(county, specialist, team,
                Pages.request(page, size));
    }

    @Operation(summary = "Record a demonstration base")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = DemonstrationBase.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(DemonstrationBaseDraft draft, @Context Actor actor) {
        DemonstrationBase created = records.createBase(actor, draft);
        return Response.created(URI.create("bases/" + created.id())).entity(created).build();
    }

    @Operation(summary = "Update a demonstration base")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DemonstrationBase update(@PathParam("id") long id, Edit<VersionOnly, DemonstrationBaseDraft> body,
                                    @Context Actor actor) {
        return records.updateBase(actor, id, body.fields().version(), body.draft());
    }

    @Operation(summary = "Delete a demonstration base")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version,
                           @Context Actor actor) {
        records.deleteBase(actor, id, QueryParameters.version(version));
        return Response.noContent().build();
    }
}
