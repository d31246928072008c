package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.roster.RosterInputService;
import io.tepai.api.roster.SpecialistWish;
import io.tepai.api.roster.WishDraft;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/roster/wishes}: the specialists' wishes to stay or leave, which the roster adjustment weighs (R-REC-4).
 * One per specialist and year: sent without a version it is recorded, with the version read it is changed.
 */
@Component(service = RosterWishResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("roster/wishes")
@Produces(MediaType.APPLICATION_JSON)
public class RosterWishResource {

    @Reference
    private RosterInputService inputs;

    @Operation(summary = "List the specialists' wishes to stay or leave")
    @GET
    public Page<SpecialistWish> list(@QueryParam("year") Integer year, @QueryParam("specialist") Long specialist,
                                     @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                     @Context Actor actor) {
        return inputs.wishes(actor, year, specialist, Pages.request(page, size));
    }

    @Operation(summary = "Record or change a specialist's wish to stay or leave")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SpecialistWish record(WishDraft draft, @Context Actor actor) {
        return inputs.recordWish(actor, draft);
    }
}
