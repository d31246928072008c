package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.org.DispatchingUnit;
import io.tepai.api.org.UnitDraft;
import io.tepai.api.org.UnitFilter;
import io.tepai.api.org.UnitService;
import io.tepai.api.org.UnitType;
import io.tepai.rest.internal.RequestBodies.Edit;
import io.tepai.rest.internal.RequestBodies.VersionOnly;
import java.net.URI;
import javax.annotation.security.PermitAll;
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

/** {@code /api/units}: dispatching units; reading is public, changes need a signed-in user. */
@Component(service = UnitResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Reference
    private UnitService units;

    @PermitAll
    @Operation(summary = "List dispatching units")
    @GET
    public Page<DispatchingUnit> list(@QueryParam("type") UnitType type, @QueryParam("q") String text,
                                      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        UnitFilter filter = new UnitFilter(type, text);
        return units.search(filter, Pages.request(page, size));
    }

    @PermitAll
    @Operation(summary = "Read a dispatching unit")
    @GET
    @Path("{code}")
    public DispatchingUnit get(@PathParam("code") String code) {
        return units.get(code);
    }

    @Operation(summary = "Register a dispatching unit")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = DispatchingUnit.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(UnitDraft draft, @Context Actor actor) {
        DispatchingUnit created = units.create(actor, draft);
        return Response.created(URI.create("units/" + created.code())).entity(created).build();
    }

    @Operation(summary = "Update a dispatching unit")
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DispatchingUnit update(@PathParam("code") String code, Edit<VersionOnly, UnitDraft> body,
                                  @Context Actor actor) {
        return units.update(actor, code, body.fields().version(), body.draft());
    }

    @Operation(summary = "Delete a dispatching unit")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DELETE
    @Path("{code}")
    public Response delete(@PathParam("code") String code, @QueryParam("version") Long version,
                           @Context Actor actor) {
        units.delete(actor, code, QueryParameters.version(version));
        return Response.noContent().build();
    }
}
