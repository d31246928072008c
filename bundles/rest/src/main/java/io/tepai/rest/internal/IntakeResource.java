package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.ValidationException;
import io.tepai.api.intake.Appointee;
import io.tepai.api.intake.Intake;
import io.tepai.api.intake.IntakeDraft;
import io.tepai.api.intake.IntakeService;
import io.tepai.api.intake.IntakeStatus;
import io.tepai.api.intake.Objection;
import io.tepai.api.intake.ObjectionDraft;
import io.tepai.api.intake.PublicNotice;
import io.tepai.api.intake.Registration;
import io.tepai.api.intake.RegistrationDraft;
import io.tepai.api.intake.RegistrationStatus;
import io.tepai.api.intake.SelectionStep;
import io.tepai.api.intake.StepDraft;
import io.tepai.rest.internal.RequestBodies.AppointmentDay;
import io.tepai.rest.internal.RequestBodies.Edit;
import io.tepai.rest.internal.RequestBodies.NoticeStart;
import io.tepai.rest.internal.RequestBodies.VersionOnly;
import java.net.URI;
import java.util.List;
import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
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
 * {@code /api/intakes}: recruitment (R-REC-1, R-REC-2). The city office opens an intake and records each selection
 * step; units register their candidates and export their registration form (CSV or PDF), the city its summary. The public
 * notice and the appointment list are readable by anyone.
 */
@Component(service = IntakeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("intakes")
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

    @Reference
    private IntakeService intakes;

    @Operation(summary = "List intakes")
    @GET
    public Page<Intake> list(@QueryParam("year") Integer year, @QueryParam("status") IntakeStatus status,
                             @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return intakes.intakes(year, status, Pages.request(page, size));
    }

    @Operation(summary = "Read an intake")
    @GET
    @Path("{id}")
    public Intake get(@PathParam("id") long id) {
        return intakes.get(id);
    }

    @Operation(summary = "Open an intake")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Intake.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(IntakeDraft draft, @Context Actor actor) {
        Intake opened = intakes.open(actor, draft);
        return Response.created(URI.create("intakes/" + opened.id())).entity(opened).build();
    }

    @Operation(summary = "Register a candidate on the unit's registration form")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Registration.class)))
    @POST
    @Path("{id}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@PathParam("id") long id, RegistrationDraft draft, @Context Actor actor) {
        Registration registered = intakes.register(actor, id, draft);
        return Response.created(URI.create("registrations/" + registered.id() + "/history")).entity(registered)
                .build();
    }

    @Operation(summary = "The intake's registrations (a unit's form, or the city's summary)")
    @GET
    @Path("{id}/registrations")
    public Page<Registration> registrations(@PathParam("id") long id, @QueryParam("unit") String unit,
                                            @QueryParam("status") RegistrationStatus status,
                                            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                            @Context Actor actor) {
        return intakes.registrations(actor, id, unit, status, Pages.request(page, size));
    }

    @Operation(summary = "The registration form (报名统计表) as CSV: a unit's own, or the city's summary")
    @GET
    @Path("{id}/registrations")
    @Produces(Csv.EXPORT)
    public Response registrationsCsv(@PathParam("id") long id, @QueryParam("unit") String unit,
                                     @QueryParam("status") RegistrationStatus status, @Context Actor actor) {
        List<Registration> all = AllPages.of(request -> intakes.registrations(actor, id, unit, status, request),
                Registration::id, IntakeCsv.MAX_ROWS, total -> ValidationException.of("unit", total
                        + " registrations match, more than the " + IntakeCsv.MAX_ROWS + " a CSV export holds: "
                        + "export unit by unit"));
        String name = unit == null || unit.isBlank() ? "intake-" + id + "-registrations.csv"
                : "intake-" + id + "-" + unit.strip() + ".csv";
        return IntakeCsv.registrations(all).response(name);
    }

    /**
     * The PDF beside the JSON of the same path: a lower quality, as {@link Csv#EXPORT} has, so that a client
     * accepting anything (curl, fetch, a browser's XHR) gets the JSON and only {@code Accept: application/pdf} the PDF.
     */
    static final String PDF_ALTERNATIVE = EvaluationResultResource.PDF + ";qs=0.5";

    @Operation(summary = "The registration form (报名统计表) as a printable PDF: a unit's own, or the city's summary")
    @GET
    @Path("{id}/registrations")
    @Produces(IntakeResource.PDF_ALTERNATIVE)
    public Response registrationsPdf(@PathParam("id") long id, @QueryParam("unit") String unit,
                                     @Context Actor actor) {
        byte[] pdf = intakes.registrationForm(actor, id, unit);
        String name = unit == null || unit.isBlank() ? "intake-" + id + "-registrations.pdf"
                : "intake-" + id + "-" + unit.strip() + ".pdf";
        return Response.ok(pdf, EvaluationResultResource.PDF)
                .header("Content-Disposition", Downloads.attachment(name, "intake-" + id + "-registrations.pdf")).build();
    }

    @Operation(summary = "Record the next selection step (review, office meeting, consultation)")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = SelectionStep.class)))
    @POST
    @Path("{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response step(@PathParam("id") long id, Edit<VersionOnly, StepDraft> body, @Context Actor actor) {
        SelectionStep step = intakes.recordStep(actor, id, body.fields().version(), body.draft());
        return Response.created(URI.create("intakes/" + id + "/steps")).entity(step).build();
    }

    @Operation(summary = "The intake's selection steps, in order")
    @GET
    @Path("{id}/steps")
    public List<SelectionStep> steps(@PathParam("id") long id, @Context Actor actor) {
        return intakes.steps(actor, id);
    }

    @Operation(summary = "Start the public notice (公示), counted in working days")
    @POST
    @Path("{id}/notice")
    @Consumes(MediaType.APPLICATION_JSON)
    public Intake startNotice(@PathParam("id") long id, NoticeStart body, @Context Actor actor) {
        return intakes.startNotice(actor, id, body.version(), body.start(), body.workingDays());
    }

    @PermitAll
    @Operation(summary = "The intake's public notice, with its end date")
    @GET
    @Path("{id}/notice")
    public PublicNotice notice(@PathParam("id") long id) {
        return intakes.notice(id);
    }

    @Operation(summary = "Record an objection raised during the public notice")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Objection.class)))
    @POST
    @Path("{id}/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response objection(@PathParam("id") long id, ObjectionDraft draft, @Context Actor actor) {
        Objection raised = intakes.raiseObjection(actor, id, draft);
        return Response.created(URI.create("objections?intake=" + id)).entity(raised).build();
    }

    @Operation(summary = "Appoint the candidates once the notice has ended and every objection is resolved")
    @POST
    @Path("{id}/appointment")
    @Consumes(MediaType.APPLICATION_JSON)
    public Intake appoint(@PathParam("id") long id, AppointmentDay body, @Context Actor actor) {
        return intakes.appoint(actor, id, body.version(), body.on(), body.termStart(), body.termEnd());
    }

    @PermitAll
    @Operation(summary = "The appointment list (聘任名单)")
    @GET
    @Path("{id}/appointments")
    public Page<Appointee> appointees(@PathParam("id") long id, @QueryParam("page") Integer page,
                                      @QueryParam("size") Integer size) {
        return intakes.appointees(id, Pages.request(page, size));
    }
}
