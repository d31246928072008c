package io.tepai.rest.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tepai.api.Page;
import io.tepai.api.specialist.ChainSegment;
import io.tepai.api.team.Team;
import io.tepai.api.team.TeamDraft;
import io.tepai.api.team.TeamFilter;
import io.tepai.api.team.TeamLevel;
import io.tepai.api.team.TeamService;
import io.tepai.api.team.TeamStatus;
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
import javax.ws.rs.core.SecurityContext;
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

    @GET
    public Page<Team> list(@QueryParam("level") String level, @QueryParam("county") String county,
                           @QueryParam("status") String status, @QueryParam("industry") String industry,
                           @QueryParam("q") String text, @QueryParam("page") String page,
                           @QueryParam("size") String size, @Context SecurityContext security) {
        Actors.require(security);
        TeamFilter filter = new TeamFilter(Requests.enumParam("level", level, TeamLevel.class), county,
                Requests.enumParam("status", status, TeamStatus.class), industry, text);
        return teams.search(filter, Requests.page(page, size));
    }

    @GET
    @Path("{id}")
    public Team get(@PathParam("id") long id, @Context SecurityContext security) {
        Actors.require(security);
        return teams.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ObjectNode body, @Context SecurityContext security) {
        var actor = Actors.require(security);
        Team created = teams.create(actor, Requests.draft(body, TeamDraft.class, Team.class));
        return Response.created(URI.create("teams/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Team update(@PathParam("id") long id, ObjectNode body, @Context SecurityContext security) {
        var actor = Actors.require(security);
        return teams.update(actor, id, Requests.version(body), Requests.draft(body, TeamDraft.class, Team.class));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") String version,
                           @Context SecurityContext security) {
        var actor = Actors.require(security);
        teams.delete(actor, id, Requests.version(version));
        return Response.noContent().build();
    }

    /** {@code {"status": "ACTIVE", "version": N}}. */
    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Team changeStatus(@PathParam("id") long id, ObjectNode body, @Context SecurityContext security) {
        var actor = Actors.require(security);
        TeamStatus status = Requests.enumField(body, "status", TeamStatus.class);
        return teams.changeStatus(actor, id, Requests.version(body), status);
    }

    /**
     * {@code {"specialistId": 42, "segment": "PRODUCTION", "version": N}}. Answers 200 with the team rather than 201:
     * a membership is part of the team, not a resource of its own, and the team's version changes with it.
     */
    @POST
    @Path("{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    public Team addMember(@PathParam("id") long id, ObjectNode body, @Context SecurityContext security) {
        var actor = Actors.require(security);
        long specialistId = Requests.longField(body, "specialistId", "the id of the specialist to add");
        ChainSegment segment = Requests.enumField(body, "segment", ChainSegment.class);
        return teams.addMember(actor, id, Requests.version(body), specialistId, segment);
    }

    @DELETE
    @Path("{id}/members/{specialistId}")
    public Team removeMember(@PathParam("id") long id, @PathParam("specialistId") long specialistId,
                             @QueryParam("version") String version, @Context SecurityContext security) {
        var actor = Actors.require(security);
        return teams.removeMember(actor, id, Requests.version(version), specialistId);
    }
}
