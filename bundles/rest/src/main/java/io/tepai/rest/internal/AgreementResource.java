package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.tepai.api.Page;
import io.tepai.api.team.Agreement;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.TeamService;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/agreements}: agreements across teams, so that a county sees every team it signed with. Changes go
 * through the owning team, {@link TeamAgreementResource}.
 */
@Component(service = AgreementResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("agreements")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {

    @Reference
    private TeamService teams;

    @Operation(summary = "List service agreements across teams")
    @GET
    public Page<Agreement> list(@QueryParam("county") String county, @QueryParam("status") AgreementStatus status,
                                @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return teams.searchAgreements(county, status,
                Pages.request(page, size));
    }
}
