package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.funding.TechnologyTransfer;
import io.tepai.api.funding.TransferDraft;
import io.tepai.api.funding.TransferService;
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
 * {@code /api/transfers}: technology transfers and licences by a specialist's R&D team (R-INC-3); a team share
 * below the minimum (70%) is a 422 naming the rule.
 */
@Component(service = TransferResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("transfers")
@Produces(MediaType.APPLICATION_JSON)
public class TransferResource {

    @Reference
    private TransferService transfers;

    @Operation(summary = "List technology transfers")
    @GET
    public Page<TechnologyTransfer> list(@QueryParam("specialist") Long specialist, @QueryParam("page") Integer page,
                                         @QueryParam("size") Integer size, @Context Actor actor) {
        return transfers.transfers(actor, specialist, Pages.request(page, size));
    }

    @Operation(summary = "Record a technology transfer")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = TechnologyTransfer.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(TransferDraft draft, @Context Actor actor) {
        TechnologyTransfer recorded = transfers.record(actor, draft);
        return Response.created(URI.create("transfers?specialist=" + recorded.specialistId())).entity(recorded)
                .build();
    }
}
