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
 * A body in a charset Java does not know makes CXF throw before the JAX-RS application (and its mappers) sees the
 * request, and Jetty answers with an HTML 500. This servlet filter sits in front of CXF, in the servlet context
 * the JAX-RS whiteboard made for the application ({@code context.for} + its name), and answers such a request
 * as a 415 problem naming the charset; everything else passes ({@link RequestGuard} applies the same charset
 * rule to the charsets CXF does know).
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
            // the instance as the JAX-RS mappers give it: the path under /api
            Problem problem = refusal(http.getContentType(), http.getPathInfo() == null ? "/" : http.getPathInfo());
            if (problem != null) {
                byte[] body = Json.MAPPER.writeValueAsBytes(problem);
                answer.setStatus(problem.status());
                answer.setContentType(Problem.MEDIA_TYPE);
                answer.setContentLength(body.length);
                answer.getOutputStream().write(body);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The problem answering a request with this Content-Type here, or null to pass it on. */
    static Problem refusal(String contentType, String instance) {
        if (contentType != null && RequestGuard.isImport(instance)) {
            // an imported CSV comes in its own charset (GBK from a Chinese Excel); only one Java cannot read is refused
            String charset = RequestGuard.charset(contentType);
            return charset == null || RequestGuard.knownCharset(charset) ? null
                    : new Problem("about:blank", "Unsupported Media Type", 415, "This server cannot read charset="
                    + charset + "; send UTF-8 or GBK", instance, null, List.of());
        }
        String problem = contentType == null ? null : RequestGuard.charsetProblem(RequestGuard.charset(contentType));
        return problem == null ? null
                : new Problem("about:blank", "Unsupported Media Type", 415, problem, instance, null, List.of());
    }
}
