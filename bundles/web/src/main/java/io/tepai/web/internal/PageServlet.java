package io.tepai.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.regex.Pattern;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;

/**
 * Serves the web pages under {@code /web}: the HTML, style, ES modules and message bundles in this bundle's
 * {@code web/} folder, nothing else. The pages speak to {@code /api} themselves; this servlet only hands out
 * files, each with a Content-Security-Policy that allows script from this server only and none inline.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.name=tepai-web",
    "osgi.http.whiteboard.servlet.pattern=/web/*"
})
public class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Script and style from this server only; no inline script, no framing, forms post here only. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /** A file name of the web folder: no path, so nothing outside it can be asked for. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9_-]+\\.(html|js|css|json|svg)");

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "json", "application/json;charset=utf-8",
            "svg", "image/svg+xml");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            // /web: relative links of the pages resolve against /web/
            response.sendRedirect(request.getRequestURI() + "/");
            return;
        }
        String name = path.equals("/") ? "index.html" : path.substring(1);
        URL file = NAME.matcher(name).matches() ? PageServlet.class.getResource("/web/" + name) : null;
        securityHeaders(response);
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
        // pages change with each release and are small: revalidate, never show a stale script
        response.setHeader("Cache-Control", "no-cache");
        try (InputStream in = file.openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    static void securityHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
    }
}
