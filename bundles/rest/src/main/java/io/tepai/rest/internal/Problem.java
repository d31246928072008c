package io.tepai.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tepai.api.FieldError;
import java.util.List;
import javax.ws.rs.core.Response;

/**
 * An RFC 9457 problem details body. {@code rule} names the DOMAIN.md rule a request broke; {@code errors} lists
 * the offending input fields; {@code missingScope} says which role or scope would have allowed a 403.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String rule,
                      List<FieldError> errors, String missingScope) {

    public Problem(String type, String title, int status, String detail, String instance, String rule,
                   List<FieldError> errors) {
        this(type, title, status, detail, instance, rule, errors, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problem types are URNs: stable identifiers that need no documentation server to resolve. */
    static String type(String kind) {
        return "urn:tepai:problem:" + kind;
    }

    Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
