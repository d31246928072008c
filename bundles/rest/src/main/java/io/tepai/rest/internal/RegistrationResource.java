package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.tepai.api.Actor;
import io.tepai.api.intake.HistoryEntry;
import io.tepai.api.intake.IntakeService;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/registrations/{id}/history}: a registered candidate's whole selection (R-REC-2). */
@Component(service = RegistrationResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("registrations")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    @Reference
    private IntakeService intakes;

    @Operation(summary = "A candidate's whole history in the selection")
    @GET
    @Path("{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id, @Context Actor actor) {
        return intakes.history(actor, id);
    }
}
