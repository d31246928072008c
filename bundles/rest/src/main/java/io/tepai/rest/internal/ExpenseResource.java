package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.ValidationException;
import io.tepai.api.funding.Expense;
import io.tepai.api.funding.ExpenseCategory;
import io.tepai.api.funding.ExpenseCorrection;
import io.tepai.api.funding.ExpenseDraft;
import io.tepai.api.funding.ExpenseFilter;
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
 * {@code /api/expenses}: what was spent against an allocation, in the categories of R-FUND-3 only, never beyond it.
 * Entries are never changed or deleted; {@code POST /api/expenses/{id}/correction} books the difference with a
 * reason. The list is also a CSV export.
 */
@Component(service = ExpenseResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("expenses")
@Produces(MediaType.APPLICATION_JSON)
public class ExpenseResource {

    @Reference
    private FundingService funding;

    @Operation(summary = "List expenses (JSON, or CSV by Accept)")
    @GET
    public Page<Expense> list(@QueryParam("year") Integer year, @QueryParam("allocation") Long allocation,
                              @QueryParam("category") ExpenseCategory category, @QueryParam("team") Long team,
                              @QueryParam("specialist") Long specialist, @QueryParam("county") String county,
                              @QueryParam("unit") String unit, @QueryParam("page") Integer page,
                              @QueryParam("size") Integer size, @Context Actor actor) {
        return funding.expenses(actor, new ExpenseFilter(year, allocation, category, team, specialist, county, unit),
                Pages.request(page, size));
    }

    /** With {@code Accept: text/csv}, every matching expense (up to {@link FundingCsv#MAX_ROWS}) as one file. */
    @Operation(summary = "List expenses (JSON, or CSV by Accept)")
    @GET
    @Produces(Csv.EXPORT)
    public Response csv(@QueryParam("year") Integer year, @QueryParam("allocation") Long allocation,
                        @QueryParam("category") ExpenseCategory category, @QueryParam("team") Long team,
                        @QueryParam("specialist") Long specialist, @QueryParam("county") String county,
                        @QueryParam("unit") String unit, @Context Actor actor) {
        ExpenseFilter filter = new ExpenseFilter(year, allocation, category, team, specialist, county, unit);
        List<Expense> all = AllPages.of(request -> funding.expenses(actor, filter, request), Expense::id,
                FundingCsv.MAX_ROWS, total -> ValidationException.of("year", total + " expenses match, more than the "
                        + FundingCsv.MAX_ROWS + " a CSV export holds: narrow it, e.g. by year or allocation"));
        return FundingCsv.expenses(all).response("expenses.csv");
    }

    @Operation(summary = "Book an expense")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Expense.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(ExpenseDraft draft, @Context Actor actor) {
        Expense booked = funding.book(actor, draft);
        return Response.created(URI.create("expenses/" + booked.id())).entity(booked).build();
    }

    /** Books the difference to {@code amount} as a new entry; answers 201 with that entry. */
    @Operation(summary = "Correct an expense by a new entry")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Expense.class)))
    @POST
    @Path("{id}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response correct(@PathParam("id") long id, ExpenseCorrection draft, @Context Actor actor) {
        Expense booked = funding.correct(actor, id, draft.amount(), draft.reason());
        return Response.created(URI.create("expenses/" + booked.id())).entity(booked).build();
    }
}
