package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.field.TrainingService;
import io.tepai.api.field.Training;
import io.tepai.api.field.TrainingDraft;
import java.net.URI;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
 * {@code /api/trainings}: training sessions a specialist attended or gave (R-TRN-1). A record is entered or deleted,
 * not edited: a wrong one is deleted and entered again.
 */
@Component(service = TrainingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("trainings")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingResource {

    @Reference
    private TrainingService records;

    @Operation(summary = "List trainings")
    @GET
    public Page<Training> list(@QueryParam("specialist") Long specialist, @QueryParam("year") Integer year,
                               @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return records.trainings(specialist, year,
                Pages.request(page, size));
    }

    @Operation(summary = "Record a training")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Training.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TrainingDraft draft, @Context Actor actor) {
        Training created = records.createTraining(actor, draft);
        return Response.created(URI.create("trainings/" + created.id())).entity(created).build();
    }

    @Operation(summary = "Delete a training")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version,
                           @Context Actor actor) {
        records.deleteTraining(actor, id, QueryParameters.version(version));
        return Response.noContent().build();
    }
}
