package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.team.Agreement;
import io.tepai.api.team.AgreementDraft;
import io.tepai.api.team.TaskFulfilmentDraft;
import io.tepai.api.team.TeamService;
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
 * {@code /api/teams/{id}/agreements}: a team's "1+N" service agreements with counties (R-TEAM-2, R-TEAM-3).
 * An agreement belongs to its team, so it is addressed through it; {@link AgreementResource} searches across teams.
 */
@Component(service = TeamAgreementResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("teams/{id}/agreements")
@Produces(MediaType.APPLICATION_JSON)
public class TeamAgreementResource {

    @Reference
    private TeamService teams;

    @Operation(summary = "List a team's agreements")
    @GET
    public Page<Agreement> list(@PathParam("id") long teamId, @QueryParam("page") Integer page,
                                @QueryParam("size") Integer size) {
        return Pages.of(teams.agreements(teamId), page, size);
    }

    @Operation(summary = "Read a team's agreement")
    @GET
    @Path("{agreementId}")
    public Agreement get(@PathParam("id") long teamId, @PathParam("agreementId") long agreementId) {
        return teams.agreement(teamId, agreementId);
    }

    @Operation(summary = "Record a team's agreement with a county")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Agreement.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") long teamId, AgreementDraft draft, @Context Actor actor) {
        Agreement created = teams.createAgreement(actor, teamId, draft);
        URI location = URI.create("teams/" + teamId + "/agreements/" + created.id());
        return Response.created(location).entity(created).build();
    }

    @Operation(summary = "Update an agreement")
    @PUT
    @Path("{agreementId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Agreement update(@PathParam("id") long teamId, @PathParam("agreementId") long agreementId,
                            Edit<VersionOnly, AgreementDraft> body, @Context Actor actor) {
        return teams.updateAgreement(actor, teamId, agreementId, body.fields().version(), body.draft());
    }

    @Operation(summary = "Delete an agreement")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DELETE
    @Path("{agreementId}")
    public Response delete(@PathParam("id") long teamId, @PathParam("agreementId") long agreementId,
                           @QueryParam("version") Long version, @Context Actor actor) {
        teams.deleteAgreement(actor, teamId, agreementId, QueryParameters.version(version));
        return Response.noContent().build();
    }

    /** {@code {"status": "ACTIVE", "version": N}}. */
    @Operation(summary = "Change an agreement's status")
    @PUT
    @Path("{agreementId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Agreement changeStatus(@PathParam("id") long teamId, @PathParam("agreementId") long agreementId,
                                  RequestBodies.AgreementStatusChange body, @Context Actor actor) {
        return teams.changeAgreementStatus(actor, teamId, agreementId, body.version(), body.status());
    }

    /**
     * {@code {"version": N, "fulfilment": "FULFILLED", "evidenceLogIds": [12, 15], "note": "…"}}: R-SVC-2, the
     * agreement's county (or the city office) records whether the team fulfilled task {@code number} (from 1).
     */
    @Operation(summary = "Record whether the team fulfilled an agreed task")
    @PUT
    @Path("{agreementId}/tasks/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Agreement recordTask(@PathParam("id") long teamId, @PathParam("agreementId") long agreementId,
                                @PathParam("number") int number, Edit<VersionOnly, TaskFulfilmentDraft> body,
                                @Context Actor actor) {
        return teams.recordTaskFulfilment(actor, teamId, agreementId, body.fields().version(), number, body.draft());
    }
}
