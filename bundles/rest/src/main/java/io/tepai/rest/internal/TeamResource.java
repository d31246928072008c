package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.team.Team;
import io.tepai.api.team.TeamDraft;
import io.tepai.api.team.TeamFilter;
import io.tepai.api.team.TeamLevel;
import io.tepai.api.team.TeamService;
import io.tepai.api.team.TeamStatus;
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
 * {@code /api/teams}: industry service teams (R-TEAM-1, R-TEAM-4), their status and members. Status and members
 * have their own operations because they are checked against R-TEAM-1 separately from the team's fields. Reading
 * needs a signed-in user, like everything about who serves where. Agreements are in {@link TeamAgreementResource}.
 */
@Component(service = TeamResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("teams")
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

    @Reference
    private TeamService teams;

    @Operation(summary = "List teams")
    @GET
    public Page<Team> list(@QueryParam("level") TeamLevel level, @QueryParam("county") String county,
                           @QueryParam("status") TeamStatus status, @QueryParam("industry") String industry,
                           @QueryParam("q") String text, @QueryParam("unit") String unit,
                           @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        TeamFilter filter = new TeamFilter(level, county,
                status, industry, text, unit);
        return teams.search(filter, Pages.request(page, size));
    }

    @Operation(summary = "Read a team")
    @GET
    @Path("{id}")
    public Team get(@PathParam("id") long id) {
        return teams.get(id);
    }

    @Operation(summary = "Form a team")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Team.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TeamDraft draft, @Context Actor actor) {
        Team created = teams.create(actor, draft);
        return Response.created(URI.create("teams/" + created.id())).entity(created).build();
    }

    @Operation(summary = "Update a team")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Team update(@PathParam("id") long id, Edit<VersionOnly, TeamDraft> body, @Context Actor actor) {
        return teams.update(actor, id, body.fields().version(), body.draft());
    }

    @Operation(summary = "Delete a team")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version,
                           @Context Actor actor) {
        teams.delete(actor, id, QueryParameters.version(version));
        return Response.noContent().build();
    }

    /** {@code {"status": "ACTIVE", "version": N}}. */
    @Operation(summary = "Change a team's status")
    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Team changeStatus(@PathParam("id") long id, RequestBodies.TeamStatusChange body, @Context Actor actor) {
        return teams.changeStatus(actor, id, body.version(), body.status());
    }

    /**
     * {@code {"specialistId": 42, "segment": "PRODUCTION", "version": N}}. Answers 200 with the team rather than 201:
     * a membership is part of the team, not a resource of its own, and the team's version changes with it.
     */
    @Operation(summary = "Add a member to a team")
    @POST
    @Path("{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    public Team addMember(@PathParam("id") long id, RequestBodies.MemberAddition body, @Context Actor actor) {
        return teams.addMember(actor, id, body.version(), body.specialistId(), body.segment());
    }

    @Operation(summary = "Remove a member from a team")
    @DELETE
    @Path("{id}/members/{specialistId}")
    public Team removeMember(@PathParam("id") long id, @PathParam("specialistId") long specialistId,
                             @QueryParam("version") Long version, @Context Actor actor) {
        return teams.removeMember(actor, id, QueryParameters.version(version), specialistId);
    }
}
