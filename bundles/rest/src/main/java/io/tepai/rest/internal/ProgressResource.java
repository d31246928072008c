package io.tepai.rest.internal;

import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.field.Progress;
import io.tepai.api.field.ProgressFilter;
import io.tepai.api.field.ProgressService;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
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

    /** Without {@code year}, the programme year that contains today (it need not start on 1 January). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    public Response get(@QueryParam("year") String year, @QueryParam("county") String county,
                        @QueryParam("unit") String unit, @QueryParam("team") String team,
                        @Context HttpHeaders headers, @Context SecurityContext security) {
        var actor = Actors.require(security);
        ProgressFilter filter = new ProgressFilter(county, unit, Requests.longParam("team", team));
        Progress report = progress.progress(actor, calendar.yearOrCurrent(Requests.yearFilter(year)), filter);
        if (!Csv.wanted(headers.getAcceptableMediaTypes())) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return ProgressCsv.csv(report).response("progress-" + report.year() + ".csv");
    }
}
