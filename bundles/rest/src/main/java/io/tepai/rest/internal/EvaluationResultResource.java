package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.evaluation.Certificate;
import io.tepai.api.evaluation.EvaluationResult;
import io.tepai.api.evaluation.EvaluationService;
import io.tepai.api.evaluation.ResultFilter;
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.SubjectKind;
import javax.ws.rs.Consumes;
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
 * {@code /api/evaluations/results}: each subject's result in a round with its breakdown line by line, the
 * evaluator's inputs, manual grade adjustments with a reason, and an excellent specialist's certificate (R-EVAL-1,
 * R-EVAL-3, R-EVAL-4). Who reads which results (a unit its own people's) is the service's to decide.
 */
@Component(service = EvaluationResultResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("evaluations/results")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResultResource {

    static final String PDF = "application/pdf";

    @Reference
    private EvaluationService evaluations;

    @Operation(summary = "List evaluation results")
    @GET
    public Page<EvaluationResult> list(@QueryParam("round") Long round, @QueryParam("year") Integer year,
                                       @QueryParam("kind") SubjectKind kind, @QueryParam("county") String county,
                                       @QueryParam("unit") String unit, @QueryParam("grade") Grade grade,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                       @Context Actor actor) {
        ResultFilter filter = new ResultFilter(round, year,
                kind, county, unit,
                grade);
        return evaluations.results(actor, filter, Pages.request(page, size));
    }

    @Operation(summary = "Read an evaluation result with its breakdown")
    @GET
    @Path("{id}")
    public EvaluationResult get(@PathParam("id") long id, @Context Actor actor) {
        return evaluations.result(actor, id);
    }

    /** {@code {"version": N, "inputs": {"organisation": 85, "publicity": 70}}}: replaces all of the inputs. */
    @Operation(summary = "Replace an evaluator's inputs")
    @PUT
    @Path("{id}/inputs")
    @Consumes(MediaType.APPLICATION_JSON)
    public EvaluationResult setInputs(@PathParam("id") long id, RequestBodies.EvaluationInputs body,
                                      @Context Actor actor) {
        return evaluations.setInputs(actor, id, body.version(), body.inputs());
    }

    /** {@code {"version": N, "grade": "GOOD", "reason": "..."}}. */
    @Operation(summary = "Adjust a grade, with the reason")
    @POST
    @Path("{id}/adjust")
    @Consumes(MediaType.APPLICATION_JSON)
    public EvaluationResult adjust(@PathParam("id") long id, RequestBodies.GradeAdjustment body, @Context Actor actor) {
        return evaluations.adjust(actor, id, body.version(), body.grade(), body.reason());
    }

    /** The PDF as a download under the certificate's own (Chinese) file name, with an ASCII fallback. */
    @Operation(summary = "Download the certificate (PDF)")
    @GET
    @Path("{id}/certificate")
    @Produces(PDF)
    public Response certificate(@PathParam("id") long id, @Context Actor actor) {
        Certificate certificate = evaluations.certificate(actor, id);
        return Response.ok(certificate.pdf(), PDF)
                .header("Content-Disposition", Downloads.attachment(certificate.fileName(), fallbackName(certificate)))
                .build();
    }

    /** E.g. {@code certificate-JZ-2026-007.pdf}: the number is what identifies the document anyway. */
    static String fallbackName(Certificate certificate) {
        String number = certificate.number() == null ? "" : certificate.number().replaceAll("[^A-Za-z0-9._-]", "_");
        return number.isEmpty() ? "certificate.pdf" : "certificate-" + number + ".pdf";
    }
}
