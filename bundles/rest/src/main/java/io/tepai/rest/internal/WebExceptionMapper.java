package io.tepai.rest.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
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

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String instance = uriInfo == null ? null : "/" + uriInfo.getPath();
        Problem problem;
        if (e.getCause() instanceof JsonMappingException mapping && status == 400) {
            problem = new Problem(Problem.type("malformed-body"), "Malformed request body", 400,
                    "The body does not match the expected JSON: " + mapping.getOriginalMessage(), instance, null,
                    List.of(JsonErrors.fieldError(mapping)));
        } else if (e.getCause() instanceof JsonParseException parse && status == 400) {
            problem = new Problem(Problem.type("malformed-body"), "Malformed request body", 400,
                    "The body is not valid JSON: " + parse.getOriginalMessage(), instance, null, List.of());
        } else {
            problem = new Problem("about:blank", title, status, e.getMessage(), instance, null, List.of());
        }
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        if (e instanceof NotAuthorizedException) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        return response.build();
    }
}
