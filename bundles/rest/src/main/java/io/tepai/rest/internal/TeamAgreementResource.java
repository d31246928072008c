package io.tepai.rest.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tepai.api.Page;
import io.tepai.api.team.Agreement;
import io.tepai.api.team.AgreementDraft;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.TeamService;
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

    @GET
    public Page<Agreement> list(@PathParam("id") long teamId, @QueryParam("page") String page,
                                @QueryParam("size") String size, @Context SecurityContext security) {
        Actors.require(security);
        return Requests.pageOf(teams.agreements(teamId), page, size);
    }

    @GET
    @Path("{agreementId}")
    public Agreement get(@PathParam("id") long teamId, @PathParam("agreementId") long agreementId,
                         @Context SecurityContext security) {
        Actors.require(security);
        return teams.agreement(teamId, agreementId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") long teamId, ObjectNode body, @Context SecurityContext security) {
        var actor = Actors.require(security);
        AgreementDraft draft = Requests.draft(body, AgreementDraft.class, Agreement.class);
        Agreement created = teams.createAgreement(actor, teamId, draft);
        URI location = URI.create("teams/" + teamId + "/agreements/" + created.id());
        return Response.created(location).entity(created).build();
    }

    @PUT
    @Path("{agreementId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Agreement update(@PathParam("id") long teamId, @PathParam("agreementId") long agreementId,
                            ObjectNode body, @Context SecurityContext security) {
        var actor = Actors.require(security);
        return teams.updateAgreement(actor, teamId, agreementId, Requests.version(body),
                Requests.draft(body, AgreementDraft.class, Agreement.class));
    }

    @DELETE
    @Path("{agreementId}")
    public Response delete(@PathParam("id") long teamId, @PathParam("agreementId") long agreementId,
                           @QueryParam("version") String version, @Context SecurityContext security) {
        var actor = Actors.require(security);
        teams.deleteAgreement(actor, teamId, agreementId, Requests.version(version));
        return Response.noContent().build();
    }

    /** {@code {"status": "ACTIVE", "version": N}}. */
    @PUT
    @Path("{agreementId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Agreement changeStatus(@PathParam("id") long teamId, @PathParam("agreementId") long agreementId,
                                  ObjectNode body, @Context SecurityContext security) {
        var actor = Actors.require(security);
        AgreementStatus status = Requests.enumField(body, "status", AgreementStatus.class);
        return teams.changeAgreementStatus(actor, teamId, agreementId, Requests.version(body), status);
    }
}
