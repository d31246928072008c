package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.funding.FundingService;
import io.tepai.api.funding.LedgerGroup;
import io.tepai.api.funding.LedgerLine;
import java.util.ArrayList;
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
 * {@code /api/ledger?year=&by=budget|team|specialist|county|unit}: budgeted, allocated, spent and remaining, by
 * category, summed by the database, within the account's scope. Also a CSV export.
 */
@Component(service = LedgerResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("ledger")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    @Reference
    private FundingService funding;

    @Operation(summary = "The funding ledger (JSON, or CSV by Accept)")
    @GET
    public Page<LedgerLine> ledger(@QueryParam("year") Integer year, @QueryParam("by") LedgerGroup by,
                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                   @Context Actor actor) {
        return funding.ledger(actor, year, by, Pages.request(page, size));
    }

    /** With {@code Accept: text/csv}, every line (up to {@link FundingCsv#MAX_ROWS}) as one file. */
    @Operation(summary = "The funding ledger (JSON, or CSV by Accept)")
    @GET
    @Produces(Csv.EXPORT)
    public Response csv(@QueryParam("year") Integer year, @QueryParam("by") LedgerGroup by, @Context Actor actor) {
        List<LedgerLine> all = new ArrayList<>();
        for (int number = 1; ; number++) {
            Page<LedgerLine> lines = funding.ledger(actor, year, by, new PageRequest(number, PageRequest.MAX_SIZE));
            if (lines.total() > FundingCsv.MAX_ROWS) {
                throw ValidationException.of("by", lines.total() + " lines, more than the " + FundingCsv.MAX_ROWS
                        + " a CSV export holds");
            }
            all.addAll(lines.items());
            if ((long) number * PageRequest.MAX_SIZE >= lines.total()) {
                return FundingCsv.ledger(all).response("ledger.csv");
            }
        }
    }
}
