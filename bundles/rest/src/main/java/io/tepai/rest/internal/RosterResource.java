package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.roster.Roster;
import io.tepai.api.roster.RosterEntry;
import io.tepai.api.roster.RosterEntryFilter;
import io.tepai.api.roster.RosterOutcome;
import io.tepai.api.roster.RosterService;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/roster}: next year's roster (R-REC-4), which the city office prepares, adjusts and confirms. A year left
 * out means next programme year.
 */
@Component(service = RosterResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("roster")
@Produces(MediaType.APPLICATION_JSON)
public class RosterResource {

    @Reference
    private RosterService rosters;

    @Operation(summary = "Read the roster of a year, with how many specialists have each outcome")
    @GET
    public Roster get(@QueryParam("year") Integer year, @Context Actor actor) {
        return rosters.roster(actor, year);
    }

    @Operation(summary = "Prepare the roster of a year from the inputs, or prepare it again")
    @POST
    @Path("prepare")
    @Consumes(MediaType.APPLICATION_JSON)
    public Roster prepare(RequestBodies.RosterPreparing body, @Context Actor actor) {
        return rosters.prepare(actor, body.year(), body.version());
    }

    @Operation(summary = "List a roster's entries with their inputs and outcome")
    @GET
    @Path("entries")
    public Page<RosterEntry> entries(@QueryParam("year") Integer year, @QueryParam("outcome") RosterOutcome outcome,
                                     @QueryParam("unit") String unit, @QueryParam("county") String county,
                                     @QueryParam("specialist") Long specialist, @QueryParam("page") Integer page,
                                     @QueryParam("size") Integer size, @Context Actor actor) {
        return rosters.entries(actor, year, new RosterEntryFilter(outcome, unit, county, specialist),
                Pages.request(page, size));
    }

    @Operation(summary = "Read a roster entry")
    @GET
    @Path("entries/{id}")
    public RosterEntry entry(@PathParam("id") long id, @Context Actor actor) {
        return rosters.entry(actor, id);
    }

    @Operation(summary = "Adjust a roster entry's outcome, with the reason")
    @POST
    @Path("entries/{id}/adjust")
    @Consumes(MediaType.APPLICATION_JSON)
    public RosterEntry adjust(@PathParam("id") long id, RequestBodies.RosterAdjustment body, @Context Actor actor) {
        return rosters.adjust(actor, id, body.version(), body.outcome(), body.reason());
    }

    @Operation(summary = "Confirm a roster: renew the terms of those staying, exit the others")
    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Roster confirm(RequestBodies.RosterConfirming body, @Context Actor actor) {
        return rosters.confirm(actor, body.year(), body.version());
    }
}
