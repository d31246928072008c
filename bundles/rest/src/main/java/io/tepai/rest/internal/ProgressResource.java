package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.tepai.api.Actor;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.field.Progress;
import io.tepai.api.field.ProgressFilter;
import io.tepai.api.field.ProgressService;
import io.tepai.api.specialist.Classification;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
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
 * {@code GET /api/progress}: each specialist's confirmed service in a programme year against their tier's threshold,
 * who is behind and why, and the teams' service under their agreements (R-SVC-2). JSON, or the specialists as CSV.
 */
@Component(service = ProgressResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("progress")
public class ProgressResource {

    @Reference
    private ProgressService progress;

    @Reference
    private ProgrammeCalendar calendar;

    /**
     * Without {@code year}, the programme year that contains today (which need not start on 1 January);
     * {@code guidanceClass} narrows it to one guidance class (R-TIER-2). With {@code page} or {@code size} (opt-in,
     * issue 17: for large counties and the whole city) {@code specialists} is one page by name,
     * {@code {"items", "total", "page", "size"}}, and there is no {@code behind} list.
     */
    @Operation(summary = "Progress against the service thresholds (JSON, or CSV by Accept)")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Object get(@QueryParam("year") Integer year, @QueryParam("county") String county,
                      @QueryParam("unit") String unit, @QueryParam("team") Long team,
                      @QueryParam("guidanceClass") Classification guidanceClass, @QueryParam("page") Integer page,
                      @QueryParam("size") Integer size, @Context Actor actor) {
        ProgressFilter filter = new ProgressFilter(county, unit, team, guidanceClass);
        if (page != null || size != null) {
            return progress.progress(actor, calendar.yearOrCurrent(year), filter, Pages.request(page, size));
        }
        return whole(year, filter, actor);
    }

    private Progress whole(Integer year, ProgressFilter filter, Actor actor) {
        return progress.progress(actor, calendar.yearOrCurrent(year), filter);
    }

    /** The specialists as CSV with {@code Accept: text/csv}; JSON stays the default ({@link Csv#EXPORT}). */
    @Operation(summary = "Progress against the service thresholds (JSON, or CSV by Accept)")
    @GET
    @Produces(Csv.EXPORT)
    public Response csv(@QueryParam("year") Integer year, @QueryParam("county") String county,
                        @QueryParam("unit") String unit, @QueryParam("team") Long team,
                        @QueryParam("guidanceClass") Classification guidanceClass, @Context Actor actor) {
        Progress report = whole(year, new ProgressFilter(county, unit, team, guidanceClass), actor);
        return ProgressCsv.csv(report).response("progress-" + report.year() + ".csv");
    }
}
