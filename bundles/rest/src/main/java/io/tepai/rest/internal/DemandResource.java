package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.demand.Demand;
import io.tepai.api.demand.DemandDraft;
import io.tepai.api.demand.DemandFilter;
import io.tepai.api.demand.DemandMatch;
import io.tepai.api.demand.DemandService;
import io.tepai.api.demand.DemandStatus;
import io.tepai.api.demand.DemandStep;
import io.tepai.api.demand.MatchDraft;
import io.tepai.api.demand.PublishedTable;
import io.tepai.api.field.ServiceLog;
import io.tepai.rest.internal.RequestBodies.Edit;
import io.tepai.rest.internal.RequestBodies.VersionOnly;
import java.net.URI;
import java.util.List;
import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
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
 * {@code /api/demands}: the counties' technology demand tables (R-DEM-1). Published demands are public, the contact
 * person's phone only for signed-in units, specialists, the county, the city office and the auditor; experts record
 * their contacts (R-DEM-2), the county confirms one and links the dispatch that serves the demand (R-REC-3). Each step
 * is an operation of its own and answers 200 with the demand.
 */
@Component(service = DemandResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("demands")
@Produces(MediaType.APPLICATION_JSON)
public class DemandResource {

    @Reference
    private DemandService demands;

    @PermitAll
    @Operation(summary = "List demands: published ones for anyone, the phone for signed-in callers who may call")
    @GET
    public Page<Demand> list(@QueryParam("county") String county, @QueryParam("industry") String industry,
                             @QueryParam("status") DemandStatus status, @QueryParam("year") Integer year,
                             @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                             @Context Viewer viewer) {
        return demands.search(viewer.actor(), new DemandFilter(county, industry, status, year),
                Pages.request(page, size));
    }

    @PermitAll
    @Operation(summary = "Read a demand")
    @GET
    @Path("{id}")
    public Demand get(@PathParam("id") long id, @Context Viewer viewer) {
        return demands.get(viewer.actor(), id);
    }

    @Operation(summary = "Record a demand in the county's table, as a draft")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Demand.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(DemandDraft draft, @Context Actor actor) {
        Demand recorded = demands.record(actor, draft);
        return Response.created(URI.create("demands/" + recorded.id())).entity(recorded).build();
    }

    @Operation(summary = "Change a draft or published demand")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Demand update(@PathParam("id") long id, Edit<VersionOnly, DemandDraft> body, @Context Actor actor) {
        return demands.update(actor, id, body.fields().version(), body.draft());
    }

    /** {@code {"county": "wenxian", "year": 2026}}: every draft of the table is published. */
    @Operation(summary = "Publish a county's demand table of a year")
    @POST
    @Path("publish")
    @Consumes(MediaType.APPLICATION_JSON)
    public PublishedTable publish(RequestBodies.TablePublication body, @Context Actor actor) {
        return demands.publish(actor, body.county(), body.year());
    }

    @Operation(summary = "List a demand's candidate matches")
    @GET
    @Path("{id}/matches")
    public Page<DemandMatch> matches(@PathParam("id") long id, @QueryParam("page") Integer page,
                                     @QueryParam("size") Integer size, @Context Actor actor) {
        return demands.matches(actor, id, Pages.request(page, size));
    }

    @Operation(summary = "Record an expert's contact with the recipient: a candidate match")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = DemandMatch.class)))
    @POST
    @Path("{id}/matches")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response contact(@PathParam("id") long id, MatchDraft draft, @Context Actor actor) {
        DemandMatch match = demands.contact(actor, id, draft);
        return Response.created(URI.create("demands/" + id + "/matches")).entity(match).build();
    }

    /** {@code {"version": N, "matchId": M}}. */
    @Operation(summary = "Confirm one candidate match (two-way selection)")
    @POST
    @Path("{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Demand confirm(@PathParam("id") long id, RequestBodies.MatchConfirmation body, @Context Actor actor) {
        return demands.confirm(actor, id, body.version(), body.matchId());
    }

    /** {@code {"version": N, "assignmentId": A}}. */
    @Operation(summary = "Link the matched expert's dispatch that serves the demand")
    @POST
    @Path("{id}/serve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Demand serve(@PathParam("id") long id, RequestBodies.Serving body, @Context Actor actor) {
        return demands.serve(actor, id, body.version(), body.assignmentId());
    }

    /** {@code {"version": N, "reason": "..."}}. */
    @Operation(summary = "Withdraw a demand not yet served")
    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public Demand withdraw(@PathParam("id") long id, RequestBodies.Withdrawal body, @Context Actor actor) {
        return demands.withdraw(actor, id, body.version(), body.reason());
    }

    @Operation(summary = "A demand's history: each step with who and when")
    @GET
    @Path("{id}/history")
    public List<DemandStep> history(@PathParam("id") long id, @Context Actor actor) {
        return demands.history(actor, id);
    }

    @Operation(summary = "The confirmed service logs of the dispatch serving the demand")
    @GET
    @Path("{id}/logs")
    public Page<ServiceLog> logs(@PathParam("id") long id, @QueryParam("page") Integer page,
                                 @QueryParam("size") Integer size, @Context Actor actor) {
        return demands.serviceLogs(actor, id, Pages.request(page, size));
    }
}
