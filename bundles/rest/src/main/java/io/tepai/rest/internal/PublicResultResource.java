package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.tepai.api.Page;
import io.tepai.api.evaluation.EvaluationService;
import io.tepai.api.evaluation.PublicResult;
import io.tepai.spi.evaluation.SubjectKind;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/evaluations/public}: the published results (R-EVAL-4), readable by anyone, so it asks for no
 * {@link Actors actor}; credentials that are sent are still checked by {@link BasicAuthFilter}. It shows names and
 * grades only, never scores.
 */
@Component(service = PublicResultResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("evaluations/public")
@Produces(MediaType.APPLICATION_JSON)
public class PublicResultResource {

    @Reference
    private EvaluationService evaluations;

    @PermitAll
    @Operation(summary = "Published evaluation results")
    @GET
    public Page<PublicResult> list(@QueryParam("year") Integer year, @QueryParam("kind") SubjectKind kind,
                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return evaluations.publicResults(year, kind,
                Pages.request(page, size));
    }
}
