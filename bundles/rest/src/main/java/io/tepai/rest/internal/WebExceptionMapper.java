package io.tepai.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.tepai.api.FieldError;
import io.tepai.api.ValidationException;
import java.util.List;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

/**
 * Gives JAX-RS's own errors (unknown path, wrong method or media type, unreadable body, missing credentials)
 * the same problem+json shape as Tepai's, and explains bad JSON field by field.
 */
public class WebExceptionMapper implements ExceptionMapper<WebApplicationException> {

    static final String CHALLENGE = "Basic realm=\"Tepai\", charset=\"UTF-8\"";

    @Context
    private UriInfo uriInfo;

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String instance = uriInfo == null ? null : "/" + uriInfo.getPath();
        Problem problem;
        RequestGuard.Refusal tooLarge = RequestGuard.tooLarge(e);
        if (tooLarge != null) {
            problem = tooLarge.problem(instance);
            status = problem.status();
        } else if (e.getCause() instanceof ValidationException invalid) {
            // a request record's constructor refused the body (JsonProvider)
            problem = TepaiExceptionMapper.invalid(invalid, instance);
        } else if (e.getCause() instanceof JsonMappingException mapping && status == 400) {
            // never Jackson's own message: it names Java types (JsonErrors says it in the API's words)
            problem = new Problem(Problem.type("malformed-body"), "Malformed request body", 400,
                    "The body does not match the expected JSON; see errors", instance, null,
                    List.of(JsonErrors.fieldError(mapping)));
        } else if (e.getCause() instanceof JsonProcessingException parse && status == 400) {
            String duplicate = JsonErrors.duplicateField(parse);
            problem = new Problem(Problem.type("malformed-body"), "Malformed request body", 400,
                    JsonErrors.parseError(parse), instance, null,
                    duplicate == null ? List.of() : List.of(new FieldError(duplicate, "appears more than once")));
        } else {
            // made from a cause only, the message is the cause's toString(): Java names, not the API's words
            String detail = e.getMessage() == null || e.getCause() != null
                    && e.getMessage().equals(e.getCause().toString()) ? title : e.getMessage();
            problem = new Problem("about:blank", title, status, detail, instance, null, List.of());
        }
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        // not to a web page (it sends its session cookie): the browser would ask for Basic credentials itself
        if (e instanceof NotAuthorizedException && (headers == null
                || !headers.getCookies().containsKey(WebSessions.SESSION_COOKIE))) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        return response.build();
    }
}
