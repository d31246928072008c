package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.funding.InsuranceDraft;
import io.tepai.api.funding.InsurancePolicy;
import io.tepai.api.funding.InsuranceService;
import io.tepai.api.funding.UninsuredSpecialist;
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
 * {@code /api/insurance}: the specialists' personal accident insurance (R-FUND-5), recorded by their dispatching
 * unit, and {@code /api/insurance/uninsured}: appointed specialists without cover today.
 */
@Component(service = InsuranceResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("insurance")
@Produces(MediaType.APPLICATION_JSON)
public class InsuranceResource {

    @Reference
    private InsuranceService insurance;

    @Operation(summary = "List accident insurance policies")
    @GET
    public Page<InsurancePolicy> list(@QueryParam("specialist") Long specialist, @QueryParam("page") Integer page,
                                      @QueryParam("size") Integer size, @Context Actor actor) {
        return insurance.policies(actor, specialist, Pages.request(page, size));
    }

    @Operation(summary = "List appointed specialists without cover today")
    @GET
    @Path("uninsured")
    public Page<UninsuredSpecialist> uninsured(@QueryParam("county") String county, @QueryParam("page") Integer page,
                                               @QueryParam("size") Integer size, @Context Actor actor) {
        return insurance.uninsured(actor, county, Pages.request(page, size));
    }

    @Operation(summary = "Record an accident insurance policy")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = InsurancePolicy.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(InsuranceDraft draft, @Context Actor actor) {
        InsurancePolicy recorded = insurance.record(actor, draft);
        return Response.created(URI.create("insurance?specialist=" + recorded.specialistId())).entity(recorded)
                .build();
    }
}
