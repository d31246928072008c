package io.tepai.rest.internal;

import java.util.List;
import java.util.UUID;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything not handled elsewhere is a bug or an outage: the caller gets a 500 with an incident id and no
 * internals; the log gets the stack trace under the same id.
 */
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable e) {
        String instance = uriInfo == null ? null : "/" + uriInfo.getPath();
        RequestGuard.Refusal tooLarge = RequestGuard.tooLarge(e);
        if (tooLarge != null) {
            return tooLarge.problem(instance).toResponse();
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Incident {} while handling {}", incident, instance, e);
        return new Problem("about:blank", "Internal Server Error", 500,
                "The request failed unexpectedly; report this incident id to the city IT staff: " + incident, instance, null,
                List.of()).toResponse();
    }
}
