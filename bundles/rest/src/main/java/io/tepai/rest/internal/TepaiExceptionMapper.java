package io.tepai.rest.internal;

import io.tepai.api.ConflictException;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.RuleViolationException;
import io.tepai.api.TemporarilyUnavailableException;
import io.tepai.api.TepaiException;
import io.tepai.api.ValidationException;
import java.util.List;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

/**
 * Maps the services' deliberate errors to problem+json: 400, 403, 404, 409, 422 naming the rule, and 503 with
 * {@code Retry-After} when the database stayed busy (nothing changed; the same request may be sent again).
 */
public class TepaiExceptionMapper implements ExceptionMapper<TepaiException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(TepaiException e) {
        String instance = uriInfo == null ? null : "/" + uriInfo.getPath();
        Problem problem;
        if (e instanceof ValidationException invalid) {
            problem = invalid(invalid, instance);
        } else if (e instanceof RuleViolationException rule) {
            problem = new Problem(Problem.type("rule-violation"), e.title(), 422, e.getMessage(), instance,
                    rule.ruleId(), rule.errors());
        } else if (e instanceof NotFoundException) {
            problem = new Problem(Problem.type("not-found"), e.title(), 404, e.getMessage(), instance, null, List.of());
        } else if (e instanceof ForbiddenException forbidden) {
            problem = new Problem(Problem.type("forbidden"), e.title(), 403, e.getMessage(), instance,
                    null, List.of(), forbidden.missingScope());
        } else if (e instanceof TemporarilyUnavailableException busy) {
            problem = new Problem(Problem.type("temporarily-unavailable"), e.title(), 503, e.getMessage(), instance,
                    null, List.of());
            return Response.fromResponse(problem.toResponse())
                    .header("Retry-After", String.valueOf(busy.retryAfterSeconds())).build();
        } else if (e instanceof ConflictException) {
            problem = new Problem(Problem.type("conflict"), e.title(), 409, e.getMessage(), instance, null, List.of());
        } else {
            problem = new Problem(Problem.type("error"), e.title(), 400, e.getMessage(), instance, null, List.of());
        }
        return problem.toResponse();
    }

    /** Invalid fields, found by a service or while a body was read (see {@link WebExceptionMapper}). */
    static Problem invalid(ValidationException e, String instance) {
        return new Problem(Problem.type("validation"), e.title(), 400, e.getMessage(), instance, null, e.errors());
    }
}
