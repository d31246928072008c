package io.tepai.jetty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * Refuses {@code TRACE} (which would echo a request's headers, credentials included, back to a script) as a 405
 * problem. Pax Web already refuses it, but with an empty body: Jetty writes error bodies only for GET, POST and
 * HEAD, and Pax Web's per-context error handlers cannot be replaced. So this wrapper answers TRACE in front of every
 * context, wrapping the handler Pax Web installed (inserted by {@code etc/jetty.xml}).
 */
public class TraceRefusal extends HandlerWrapper {

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, javax.servlet.ServletException {
        if (!HttpMethod.TRACE.is(request.getMethod())) {
            super.handle(target, baseRequest, request, response);
            return;
        }
        baseRequest.setHandled(true);
        byte[] body = ProblemErrorHandler.problem(405, "The method TRACE is not allowed")
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(405);
        response.setHeader(HttpHeader.ALLOW.asString(), "GET, HEAD, POST, PUT, DELETE, OPTIONS");
        response.setContentType(ProblemErrorHandler.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
