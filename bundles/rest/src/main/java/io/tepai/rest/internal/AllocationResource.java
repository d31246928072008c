package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.ValidationException;
import io.tepai.api.funding.Allocation;
import io.tepai.api.funding.AllocationDraft;
import io.tepai.api.funding.AllocationFilter;
import io.tepai.api.funding.FundingService;
import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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
 * {@code /api/allocations}: money from a budget to a team or a specialist (R-FUND-1, R-FUND-2); whoever owns the
 * budget allocates. The list is also a CSV export.
 */
@Component(service = AllocationResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("allocations")
@Produces(MediaType.APPLICATION_JSON)
public class AllocationResource {

    @Reference
    private FundingService funding;

    @Operation(summary = "List allocations (JSON, or CSV by Accept)")
    @GET
    public Page<Allocation> list(@QueryParam("year") Integer year, @QueryParam("budget") Long budget,
                                 @QueryParam("team") Long team, @QueryParam("specialist") Long specialist,
                                 @QueryParam("county") String county, @QueryParam("unit") String unit,
                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                 @Context Actor actor) {
        return funding.allocations(actor, new AllocationFilter(year, budget, team, specialist, county, unit),
                Pages.request(page, size));
    }

    /** With {@code Accept: text/csv}, every matching allocation (up to {@link FundingCsv#MAX_ROWS}) as one file. */
    @Operation(summary = "List allocations (JSON, or CSV by Accept)")
    @GET
    @Produces(Csv.EXPORT)
    public Response csv(@QueryParam("year") Integer year, @QueryParam("budget") Long budget,
                        @QueryParam("team") Long team, @QueryParam("specialist") Long specialist,
                        @QueryParam("county") String county, @QueryParam("unit") String unit,
                        @Context Actor actor) {
        AllocationFilter filter = new AllocationFilter(year, budget, team, specialist, county, unit);
        List<Allocation> all = AllPages.of(request -> funding.allocations(actor, filter, request), Allocation::id,
                FundingCsv.MAX_ROWS, total -> ValidationException.of("year", total + " allocations match, more than"
                        + " the " + FundingCsv.MAX_ROWS + " a CSV export holds: narrow it, e.g. by year"));
        return FundingCsv.allocations(all).response("allocations.csv");
    }

    @Operation(summary = "Read an allocation")
    @GET
    @Path("{id}")
    public Allocation get(@PathParam("id") long id, @Context Actor actor) {
        return funding.allocation(actor, id);
    }

    @Operation(summary = "Allocate from a budget")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Allocation.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response allocate(AllocationDraft draft, @Context Actor actor) {
        Allocation made = funding.allocate(actor, draft);
        return Response.created(URI.create("allocations/" + made.id())).entity(made).build();
    }
}
