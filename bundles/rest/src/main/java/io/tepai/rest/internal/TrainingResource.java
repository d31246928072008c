package io.tepai.rest.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tepai.api.Page;
import io.tepai.api.field.RecordsService;
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
import javax.ws.rs.core.SecurityContext;
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
    private RecordsService records;

    @GET
    public Page<Training> list(@QueryParam("specialist") String specialist, @QueryParam("year") String year,
                               @QueryParam("page") String page, @QueryParam("size") String size,
                               @Context SecurityContext security) {
        Actors.require(security);
        return records.trainings(Requests.longParam("specialist", specialist), Requests.yearFilter(year),
                Requests.page(page, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ObjectNode body, @Context SecurityContext security) {
        var actor = Actors.require(security);
        Training created = records.createTraining(actor, Requests.draft(body, TrainingDraft.class, Training.class));
        return Response.created(URI.create("trainings/" + created.id())).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") String version,
                           @Context SecurityContext security) {
        var actor = Actors.require(security);
        records.deleteTraining(actor, id, Requests.version(version));
        return Response.noContent().build();
    }
}
