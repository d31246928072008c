package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.field.Recipient;
import io.tepai.api.field.RecipientDraft;
import io.tepai.api.field.RecipientKind;
import io.tepai.api.field.RecipientService;
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

/**
 * {@code /api/recipients}: the recipients of service (受援对象) in the counties, with the contact person who confirms
 * the specialists' logs (R-SVC-3). Each county manages its own.
 */
@Component(service = RecipientResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("recipients")
@Produces(MediaType.APPLICATION_JSON)
public class RecipientResource {

    @Reference
    private RecipientService recipients;

    @Operation(summary = "List recipients of service")
    @GET
    public Page<Recipient> list(@QueryParam("county") String county, @QueryParam("kind") RecipientKind kind,
                                @QueryParam("specialist") Long specialist, @QueryParam("q") String text,
                                @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return recipients.search(county, kind,
                specialist, text, Pages.request(page, size));
    }

    @Operation(summary = "Read a recipient")
    @GET
    @Path("{id}")
    public Recipient get(@PathParam("id") long id) {
        return recipients.get(id);
    }

    @Operation(summary = "Record a recipient")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Recipient.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(RecipientDraft draft, @Context Actor actor) {
        Recipient created = recipients.create(actor, draft);
        return Response.created(URI.create("recipients/" + created.id())).entity(created).build();
    }

    @Operation(summary = "Update a recipient")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Recipient update(@PathParam("id") long id, Edit<VersionOnly, RecipientDraft> body, @Context Actor actor) {
        return recipients.update(actor, id, body.fields().version(), body.draft());
    }

    @Operation(summary = "Delete a recipient")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version,
                           @Context Actor actor) {
        recipients.delete(actor, id, QueryParameters.version(version));
        return Response.noContent().build();
    }
}
