package io.tepai.rest.internal;

import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.dispatch.Coverage;
import io.tepai.api.dispatch.CoverageService;
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
 * {@code GET /api/coverage}: per county and leading industry, who serves it and where nobody does (R-GOAL-1). JSON,
 * or CSV for spreadsheets when the client asks for {@code text/csv}.
 */
@Component(service = CoverageResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("coverage")
public class CoverageResource {

    @Reference
    private CoverageService coverage;

    @Reference
    private ProgrammeCalendar calendar;

    /**
     * One method negotiating itself rather than one per media type: with two, a client that accepts any type (curl,
     * browsers) would get whichever the JAX-RS runtime happens to pick, and JSON must be the default.
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    public Response get(@QueryParam("year") String year, @Context HttpHeaders headers,
                        @Context SecurityContext security) {
        Actors.require(security);
        Coverage matrix = coverage.coverage(calendar.yearOrCurrent(Requests.yearFilter(year)));
        if (!Csv.wanted(headers.getAcceptableMediaTypes())) {
            return Response.ok(matrix, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return CoverageCsv.csv(matrix).response("coverage-" + matrix.year() + ".csv");
    }
}
