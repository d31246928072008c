package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.intake.IntakeService;
import io.tepai.api.intake.Objection;
import io.tepai.api.intake.ObjectionStatus;
import io.tepai.rest.internal.RequestBodies.ObjectionResolution;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/objections}: objections raised during public notices and their resolution (R-REC-2). */
@Component(service = ObjectionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("objections")
@Produces(MediaType.APPLICATION_JSON)
public class ObjectionResource {

    @Reference
    private IntakeService intakes;

    @Operation(summary = "List objections to public notices")
    @GET
    public Page<Objection> list(@QueryParam("intake") Long intake, @QueryParam("status") ObjectionStatus status,
                                @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                @Context Actor actor) {
        return intakes.objections(actor, intake, status, Pages.request(page, size));
    }

    @Operation(summary = "Resolve an objection: UPHELD drops the candidate, DISMISSED keeps them")
    @POST
    @Path("{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    public Objection resolve(@PathParam("id") long id, ObjectionResolution body, @Context Actor actor) {
        return intakes.resolveObjection(actor, id, body.version(), body.outcome(), body.reason());
    }
}
