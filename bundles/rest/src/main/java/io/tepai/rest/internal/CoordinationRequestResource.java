package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.field.CoordinationRequest;
import io.tepai.api.field.Holder;
import io.tepai.api.field.RequestDraft;
import io.tepai.api.field.RequestFilter;
import io.tepai.api.field.RequestService;
import io.tepai.api.field.RequestStatus;
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
 * {@code /api/requests}: coordination requests (R-ESC-1). A specialist raises one; whoever holds it assigns team
 * members, escalates it to the dispatching unit or the city office, resolves or closes it. A request is a record of
 * its steps, so it is never edited or deleted: each step is an operation of its own and answers 200 with the request.
 */
@Component(service = CoordinationRequestResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("requests")
@Produces(MediaType.APPLICATION_JSON)
public class CoordinationRequestResource {

    @Reference
    private RequestService requests;

    @Operation(summary = "List coordination requests")
    @GET
    public Page<CoordinationRequest> list(@QueryParam("specialist") Long specialist,
                                          @QueryParam("county") String county, @QueryParam("status") RequestStatus status,
                                          @QueryParam("holder") String holder,
                                          @QueryParam("overdue") Boolean overdue, @QueryParam("page") Integer page,
                                          @QueryParam("size") Integer size) {
        RequestFilter filter = new RequestFilter(specialist, county,
                status, Holder.parse(holder),
                overdue);
        return requests.search(filter, Pages.request(page, size));
    }

    @Operation(summary = "Read a coordination request")
    @GET
    @Path("{id}")
    public CoordinationRequest get(@PathParam("id") long id) {
        return requests.get(id);
    }

    @Operation(summary = "Raise a coordination request")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = CoordinationRequest.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response raise(RequestDraft draft, @Context Actor actor) {
        CoordinationRequest raised = requests.raise(actor, draft);
        return Response.created(URI.create("requests/" + raised.id())).entity(raised).build();
    }

    /** {@code {"version": N, "members": [12, 15], "note": "..."}}. */
    @Operation(summary = "Assign team members to a request")
    @POST
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    public CoordinationRequest assign(@PathParam("id") long id, RequestBodies.MemberAssignment body,
                                      @Context Actor actor) {
        return requests.assign(actor, id, body.version(), body.members(), body.note());
    }

    /** {@code {"version": N, "to": "unit" | "city", "note": "..."}}. */
    @Operation(summary = "Escalate a request to the unit or the city")
    @POST
    @Path("{id}/escalate")
    @Consumes(MediaType.APPLICATION_JSON)
    public CoordinationRequest escalate(@PathParam("id") long id, RequestBodies.Escalation body,
                                        @Context Actor actor) {
        return requests.escalate(actor, id, body.version(), body.to(), body.note());
    }

    /** {@code {"version": N, "outcome": "..."}}. */
    @Operation(summary = "Resolve a request")
    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public CoordinationRequest resolve(@PathParam("id") long id, RequestBodies.Resolution body, @Context Actor actor) {
        return requests.resolve(actor, id, body.version(), body.outcome());
    }

    /** {@code {"version": N, "reason": "..."}}. */
    @Operation(summary = "Close a request")
    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public CoordinationRequest close(@PathParam("id") long id, RequestBodies.Closing body, @Context Actor actor) {
        return requests.close(actor, id, body.version(), body.reason());
    }

}
