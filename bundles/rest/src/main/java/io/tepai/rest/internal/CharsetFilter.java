package io.tepai.rest.internal;

import java.io.IOException;
import java.util.List;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;

/**
 * The two requests CXF answers itself, before the JAX-RS application (and its mappers) sees them, and so not as
 * problem+json: a body in a charset Java does not know (CXF throws, Jetty answers an HTML 500) and
 * {@code TRACE}. This servlet filter sits in front of CXF in the servlet context the JAX-RS whiteboard made for
 * the application ({@code context.for} + its name) and answers both as problems; everything else passes.
 */
@Component(service = Filter.class, property = {
    "osgi.http.whiteboard.filter.name=tepai-charset",
    "osgi.http.whiteboard.filter.pattern=/*",
    "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=context.for" + TepaiApplication.NAME + ")"
})
public class CharsetFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
            Problem problem = refusal(http.getMethod(), http.getContentType(), http.getRequestURI());
            if (problem != null) {
                if (problem.status() == 405) {
                    answer.setHeader("Allow", "GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE");
                }
                answer.setStatus(problem.status());
                answer.setContentType(Problem.MEDIA_TYPE);
                byte[] body = Json.MAPPER.writeValueAsBytes(problem);
                answer.setContentLength(body.length);
                answer.getOutputStream().write(body);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The problem answering this request here, or null to pass it on. */
    static Problem refusal(String method, String contentType, String instance) {
        if ("TRACE".equalsIgnoreCase(method)) {
            return new Problem("about:blank", "Method Not Allowed", 405, "TRACE is not supported", instance, null,
                    List.of());
        }
        if (contentType == null) {
            return null;
        }
        String problem = RequestGuard.charsetProblem(RequestGuard.charset(contentType));
        return problem == null ? null
                : new Problem("about:blank", "Unsupported Media Type", 415, problem, instance, null, List.of());
    }
}
