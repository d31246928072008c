package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.ValidationException;
import io.tepai.api.incentive.IncentiveFilter;
import io.tepai.api.incentive.IncentiveGrant;
import io.tepai.api.incentive.IncentiveService;
import java.util.List;
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
 * {@code GET /api/incentives}: the incentives granted when rounds were published (R-INC-1, R-INC-2), by built-in
 * and county policies. Scoped by the service (a county its subjects', a unit its people's). JSON or CSV.
 */
@Component(service = IncentiveResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("incentives")
public class IncentiveResource {

    /** The most rows a CSV export holds; a larger one is refused rather than cut short unseen. */
    static final int CSV_MAX_ROWS = 10_000;

    @Reference
    private IncentiveService incentives;

    @Operation(summary = "List incentive grants (JSON, or CSV by Accept)")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Page<IncentiveGrant> list(@QueryParam("year") Integer year, @QueryParam("round") Long round,
                                     @QueryParam("county") String county, @QueryParam("unit") String unit,
                                     @QueryParam("policy") String policy, @QueryParam("page") Integer page,
                                     @QueryParam("size") Integer size, @Context Actor actor) {
        return incentives.search(actor, new IncentiveFilter(year, round, county, unit, policy),
                Pages.request(page, size));
    }

    /** With {@code Accept: text/csv}, every match as one file, as in {@link ServiceLogResource}. */
    @Operation(summary = "List incentive grants (JSON, or CSV by Accept)")
    @GET
    @Produces(Csv.EXPORT)
    public Response csv(@QueryParam("year") Integer year, @QueryParam("round") Long round,
                        @QueryParam("county") String county, @QueryParam("unit") String unit,
                        @QueryParam("policy") String policy, @Context Actor actor) {
        IncentiveFilter filter = new IncentiveFilter(year, round, county, unit, policy);
        List<IncentiveGrant> all = AllPages.of(request -> incentives.search(actor, filter, request),
                IncentiveGrant::id, CSV_MAX_ROWS, total -> ValidationException.of("year", total
                        + " incentives match, more than the " + CSV_MAX_ROWS
                        + " a CSV export holds: narrow it, e.g. with year or round"));
        return IncentiveCsv.csv(all).response("incentives.csv");
    }
}
