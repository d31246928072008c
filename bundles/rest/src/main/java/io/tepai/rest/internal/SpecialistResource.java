package io.tepai.rest.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tepai.api.Page;
import io.tepai.api.specialist.Specialist;
import io.tepai.api.specialist.SpecialistDraft;
import io.tepai.api.specialist.SpecialistFilter;
import io.tepai.api.specialist.SpecialistService;
import io.tepai.api.specialist.SpecialistStatus;
import java.net.URI;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
 * {@code /api/specialists}. Specialists' records hold personal contact data, so even reading needs a signed-in
 * user; what the programme publishes anonymously comes with the publication features.
 */
@Component(service = SpecialistResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("specialists")
@Produces(MediaType.APPLICATION_JSON)
public class SpecialistResource {

    @Reference
    private SpecialistService specialists;

    @GET
    public Page<Specialist> list(@QueryParam("county") String county, @QueryParam("unit") String unit,
                                 @QueryParam("tier") String tier, @QueryParam("status") String status,
                                 @QueryParam("field") String field, @QueryParam("q") String text,
                                 @QueryParam("page") String page, @QueryParam("size") String size,
                                 @Context SecurityContext security) {
        Actors.require(security);
        SpecialistFilter filter = new SpecialistFilter(county, unit, tier,
                Requests.enumParam("status", status, SpecialistStatus.class), field, text);
        return specialists.search(filter, Requests.page(page, size));
    }

    @GET
    @Path("{id}")
    public Specialist get(@PathParam("id") long id, @Context SecurityContext security) {
        Actors.require(security);
        return specialists.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ObjectNode body, @Context SecurityContext security) {
        var actor = Actors.require(security);
        Specialist created = specialists.create(actor, Requests.draft(body, SpecialistDraft.class));
        return Response.created(URI.create("specialists/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Specialist update(@PathParam("id") long id, ObjectNode body, @Context SecurityContext security) {
        var actor = Actors.require(security);
        return specialists.update(actor, id, Requests.version(body), Requests.draft(body, SpecialistDraft.class));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") String version,
                           @Context SecurityContext security) {
        var actor = Actors.require(security);
        specialists.delete(actor, id, Requests.version(version));
        return Response.noContent().build();
    }
}
