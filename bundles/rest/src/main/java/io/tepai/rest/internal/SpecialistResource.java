package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.specialist.Specialist;
import io.tepai.api.specialist.SpecialistDraft;
import io.tepai.api.specialist.Classification;
import io.tepai.api.specialist.SpecialistFilter;
import io.tepai.api.specialist.SpecialistService;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.api.specialist.Term;
import io.tepai.api.specialist.TermService;
import io.tepai.rest.internal.RequestBodies.Edit;
import io.tepai.rest.internal.RequestBodies.ExceptionTerm;
import io.tepai.rest.internal.RequestBodies.VersionOnly;
import java.net.URI;
import java.util.List;
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

    @Reference
    private TermService terms;

    /** Which year's dispatch {@code county} asks about when no year is named: the programme's current one. */
    @Reference
    private ProgrammeCalendar calendar;

    /**
     * {@code county} lists the specialists dispatched there in {@code year} (R-REC-3), not their wishes;
     * {@code guidanceClass} those of one guidance class (R-TIER-2). {@code after} pages by key: the specialists
     * after that id, as the previous page's {@code next} names it (issue 17).
     */
    @Operation(summary = "List specialists")
    @GET
    public Page<Specialist> list(@QueryParam("county") String county, @QueryParam("year") Integer year,
                                 @QueryParam("unit") String unit,
                                 @QueryParam("tier") String tier, @QueryParam("status") SpecialistStatus status,
                                 @QueryParam("field") String field, @QueryParam("q") String text,
                                 @QueryParam("guidanceClass") Classification guidanceClass,
                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                 @QueryParam("after") Long after) {
        SpecialistFilter filter = new SpecialistFilter(county, unit, tier,
                status, field, text, calendar.yearOrCurrent(year), guidanceClass);
        return specialists.search(filter, Pages.request(page, size, after));
    }

    @Operation(summary = "Read a specialist")
    @GET
    @Path("{id}")
    public Specialist get(@PathParam("id") long id) {
        return specialists.get(id);
    }

    @Operation(summary = "Register a specialist")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Specialist.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(SpecialistDraft draft, @Context Actor actor) {
        Specialist created = specialists.create(actor, draft);
        return Response.created(URI.create("specialists/" + created.id())).entity(created).build();
    }

    @Operation(summary = "Record a specialist appointed outside a selection (documented exception)")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Specialist.class)))
    @POST
    @Path("appointed-by-exception")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response appointByException(Edit<ExceptionTerm, SpecialistDraft> body, @Context Actor actor) {
        ExceptionTerm term = body.fields();
        Specialist created = specialists.appointByException(actor, body.draft(), term.termStart(), term.termEnd(),
                term.reason());
        return Response.created(URI.create("specialists/" + created.id())).entity(created).build();
    }

    @Operation(summary = "A specialist's terms (聘期), oldest first")
    @GET
    @Path("{id}/terms")
    public List<Term> terms(@PathParam("id") long id) {
        return terms.history(id);
    }

    @Operation(summary = "Update a specialist")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Specialist update(@PathParam("id") long id, Edit<VersionOnly, SpecialistDraft> body, @Context Actor actor) {
        return specialists.update(actor, id, body.fields().version(), body.draft());
    }

    @Operation(summary = "Delete a specialist")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version,
                           @Context Actor actor) {
        specialists.delete(actor, id, QueryParameters.version(version));
        return Response.noContent().build();
    }
}
