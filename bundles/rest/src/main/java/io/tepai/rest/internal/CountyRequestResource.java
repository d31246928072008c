package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.roster.CountyRequest;
import io.tepai.api.roster.CountyRequestDraft;
import io.tepai.api.roster.RosterInputService;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/roster/county-requests}: a county's requests to keep or release specialists who served it, which the
 * roster adjustment weighs (R-REC-4). One per county, specialist and year: sent without a version it is recorded,
 * with the version read it is changed.
 */
@Component(service = CountyRequestResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("roster/county-requests")
@Produces(MediaType.APPLICATION_JSON)
public class CountyRequestResource {

    @Reference
    private RosterInputService inputs;

    @Operation(summary = "List the counties' requests to keep or release specialists")
    @GET
    public Page<CountyRequest> list(@QueryParam("year") Integer year, @QueryParam("county") String county,
                                    @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                    @Context Actor actor) {
        return inputs.countyRequests(actor, year, county, Pages.request(page, size));
    }

    @Operation(summary = "Record or change a county's request to keep or release a specialist")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public CountyRequest record(CountyRequestDraft draft, @Context Actor actor) {
        return inputs.recordCountyRequest(actor, draft);
    }
}
