package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.funding.Budget;
import io.tepai.api.funding.BudgetDraft;
import io.tepai.api.funding.BudgetFilter;
import io.tepai.api.funding.BudgetSource;
import io.tepai.api.funding.FundingService;
import java.net.URI;
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
 * {@code /api/budgets}: budgets per programme year and source (R-FUND-1, R-FUND-2), with what is allocated and
 * spent. The city office opens the city's, a county its own, a unit its own.
 */
@Component(service = BudgetResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("budgets")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {

    @Reference
    private FundingService funding;

    /** @param source {@code CITY}, {@code COUNTY:<code>} or {@code UNIT:<code>} */
    @Operation(summary = "List budgets")
    @GET
    public Page<Budget> list(@QueryParam("year") Integer year, @QueryParam("source") String source,
                             @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                             @Context Actor actor) {
        BudgetSource parsed = source == null ? null : BudgetSource.parse("source", source);
        return funding.budgets(actor, new BudgetFilter(year, parsed), Pages.request(page, size));
    }

    @Operation(summary = "Read a budget")
    @GET
    @Path("{id}")
    public Budget get(@PathParam("id") long id, @Context Actor actor) {
        return funding.budget(actor, id);
    }

    @Operation(summary = "Open a budget")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Budget.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(BudgetDraft draft, @Context Actor actor) {
        Budget opened = funding.openBudget(actor, draft);
        return Response.created(URI.create("budgets/" + opened.id())).entity(opened).build();
    }
}
