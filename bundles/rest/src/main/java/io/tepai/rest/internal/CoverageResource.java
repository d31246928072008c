package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.Page;
import io.tepai.api.dispatch.Coverage;
import io.tepai.api.dispatch.Coverage.CoveringSpecialist;
import io.tepai.api.dispatch.CoverageService;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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
 * or CSV for spreadsheets when the client asks for {@code text/csv}; the teams by name, the specialists counted, and
 * named a page at a time by {@code GET /api/coverage/{county}?industry=}.
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

    /**
     * One page of the specialists covering a cell: the matrix counts them ({@code specialistCount}), this names them
     * (issue 17: every covering specialist of every county was one answer).
     */
    @Operation(summary = "The specialists covering one of a county's leading industries, a page at a time")
    @GET
    @Path("{county}")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<CoveringSpecialist> covering(@PathParam("county") String county,
                                             @QueryParam("industry") String industry,
                                             @QueryParam("year") Integer year, @QueryParam("page") Integer page,
                                             @QueryParam("size") Integer size) {
        return coverage.covering(calendar.yearOrCurrent(year), county, industry, Pages.request(page, size));
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
