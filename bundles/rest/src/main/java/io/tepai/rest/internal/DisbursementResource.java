package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.funding.Disbursement;
import io.tepai.api.funding.DisbursementDraft;
import io.tepai.api.funding.DisbursementService;
import java.net.URI;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
 * {@code /api/disbursements}: money paid out against an allocation by the owner of its budget, never beyond the
 * allocation (422 naming R-FUND-3).
 */
@Component(service = DisbursementResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("disbursements")
@Produces(MediaType.APPLICATION_JSON)
public class DisbursementResource {

    @Reference
    private DisbursementService disbursements;

    @Operation(summary = "List disbursements")
    @GET
    public Page<Disbursement> list(@QueryParam("allocation") Long allocation, @QueryParam("year") Integer year,
                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                   @Context Actor actor) {
        return disbursements.disbursements(actor, allocation, year, Pages.request(page, size));
    }

    @Operation(summary = "Pay out money against an allocation")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Disbursement.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response disburse(DisbursementDraft draft, @Context Actor actor) {
        Disbursement paid = disbursements.disburse(actor, draft);
        return Response.created(URI.create("disbursements?allocation=" + paid.allocationId())).entity(paid).build();
    }
}
