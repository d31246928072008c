package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.dispatch.Coverage;
import io.tepai.api.dispatch.CoverageService;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
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

    @Operation(summary = "Coverage of the leading industries, with gaps (JSON, or CSV by Accept)")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Coverage get(@QueryParam("year") Integer year) {
        return coverage.coverage(calendar.yearOrCurrent(year));
    }

    /** The same with {@code Accept: text/csv}; JSON stays the default ({@link Csv#EXPORT}). */
    @Operation(summary = "Coverage of the leading industries, with gaps (JSON, or CSV by Accept)")
    @GET
    @Produces(Csv.EXPORT)
    public Response csv(@QueryParam("year") Integer year) {
        Coverage matrix = get(year);
        return CoverageCsv.csv(matrix).response("coverage-" + matrix.year() + ".csv");
    }
}
