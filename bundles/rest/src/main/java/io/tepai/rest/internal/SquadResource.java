package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.tepai.api.Actor;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.dispatch.Squad;
import io.tepai.api.dispatch.SquadOfficers;
import io.tepai.api.dispatch.SquadService;
import io.tepai.api.specialist.Classification;
import io.tepai.rest.internal.RequestBodies.Edit;
import io.tepai.rest.internal.RequestBodies.VersionOnly;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
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
 * {@code /api/squads/{county}}: a county's service squad for a year (R-SQUAD-1). The members are derived from the
 * assignments, so only the officers can be changed here.
 */
@Component(service = SquadResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("squads")
@Produces(MediaType.APPLICATION_JSON)
public class SquadResource {

    @Reference
    private SquadService squads;

    @Reference
    private ProgrammeCalendar calendar;

    /**
     * {@code guidanceClass} lists only the members of that guidance class (R-TIER-2); the officers stay. With
     * {@code page} or {@code size} the members are one page ({@code {"items": [...], "total": N, "page", "size"}},
     * issue 17: a large county's squad is tens of thousands); without either, every member as before.
     */
    @Operation(summary = "A county's squad for a year, its members whole or one page")
    @GET
    @Path("{county}")
    public Object get(@PathParam("county") String county, @QueryParam("year") Integer year,
                      @QueryParam("guidanceClass") Classification guidanceClass, @QueryParam("page") Integer page,
                      @QueryParam("size") Integer size) {
        if (page != null || size != null) {
            return squads.get(county, calendar.yearOrCurrent(year), guidanceClass, Pages.request(page, size));
        }
        return squads.get(county, calendar.yearOrCurrent(year), guidanceClass);
    }

    /**
     * {@code {"captain": {...}, "deputyCaptain": {...}, "liaison": {...}, "version": N}}, where the version is the
     * squad's {@code officersVersion}: 0 before any officers were set, so it is always required.
     */
    @Operation(summary = "Name a squad's captain, deputy and liaison")
    @PUT
    @Path("{county}/officers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Squad updateOfficers(@PathParam("county") String county, @QueryParam("year") Integer year,
                                Edit<VersionOnly, SquadOfficers> body, @Context Actor actor) {
        return squads.updateOfficers(actor, county, calendar.yearOrCurrent(year), body.fields().version(), body.draft());
    }
}
