package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.funding.FeeComplaint;
import io.tepai.api.funding.FeeComplaintDraft;
import io.tepai.api.funding.FeeComplaintService;
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
 * {@code /api/fee-complaints}: a county's complaints that recipients were charged fees (R-FUND-4), read by the city
 * office, the auditor and the county.
 */
@Component(service = FeeComplaintResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("fee-complaints")
@Produces(MediaType.APPLICATION_JSON)
public class FeeComplaintResource {

    @Reference
    private FeeComplaintService complaints;

    @Operation(summary = "List complaints about fees charged to recipients")
    @GET
    public Page<FeeComplaint> list(@QueryParam("year") Integer year, @QueryParam("county") String county,
                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                   @Context Actor actor) {
        return complaints.complaints(actor, year, county, Pages.request(page, size));
    }

    @Operation(summary = "File a complaint about fees charged to recipients")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = FeeComplaint.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response file(FeeComplaintDraft draft, @Context Actor actor) {
        FeeComplaint filed = complaints.file(actor, draft);
        return Response.created(URI.create("fee-complaints?county=" + filed.county())).entity(filed).build();
    }
}
