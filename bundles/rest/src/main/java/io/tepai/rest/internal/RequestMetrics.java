package io.tepai.rest.internal;

import io.tepai.api.metrics.Metrics;
import java.io.IOException;
import java.time.Duration;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Times every request under {@code /api} and reports it to the metrics service, when there is one, by resource
 * family ({@link ResourceFamilies}), method and status. A servlet filter in front of CXF rather than a JAX-RS filter,
 * so that the time includes writing the body and the count includes what is answered before any resource is matched
 * (a refused charset, an unknown path, Jetty's own errors). Ranked above {@link CharsetFilter} so it sees its
 * refusals too. The metrics service is optional and dynamic: its coming and going never rebuilds the application.
 */
@Component(service = {Filter.class, RequestMetrics.class}, property = {
    "osgi.http.whiteboard.filter.name=tepai-request-metrics",
    "osgi.http.whiteboard.filter.pattern=/*",
    "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=context.for" + TepaiApplication.NAME + ")",
    "service.ranking:Integer=100"
})
public class RequestMetrics implements Filter {

    private final ResourceFamilies families = new ResourceFamilies();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Metrics metrics;

    /** The application registers it, so that it learns the families as resources join. */
    ResourceFamilies families() {
        return families;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Metrics current = metrics;
        if (current == null || !(request instanceof HttpServletRequest http)
                || !(response instanceof HttpServletResponse answer)) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            // an exception escaping CXF reaches the client as Jetty's 500, whatever status was set before it
            current.request(families.family(http.getPathInfo()), http.getMethod(),
                    failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : answer.getStatus(),
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
