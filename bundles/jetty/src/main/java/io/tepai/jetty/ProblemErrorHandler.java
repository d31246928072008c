package io.tepai.jetty;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Jetty's server-wide error handler for Tepai: the errors Jetty answers itself, before any servlet (and so any of
 * Tepai's JAX-RS exception mappers) sees the request, become RFC 9457 problem+json like every other error of the
 * API. That covers requests Jetty's parser refuses (a URI over the header buffer, 414; a header too large, 431; a
 * malformed request line, 400) and requests refused after parsing but before a context is chosen (a path with an
 * encoded NUL or other bad URI, 400). Configured in {@code etc/jetty.xml}; a fragment of Pax Web's Jetty bundle so
 * that Pax Web can load it from there.
 *
 * <p>A refused request may have no usable path, so a bad message is always answered with problem+json. Errors that
 * reach this handler with a request path answer with problem+json under {@code /api} and with Jetty's own page
 * elsewhere.
 */
public class ProblemErrorHandler extends ErrorHandler {

    public static final String MEDIA_TYPE = "application/problem+json";

    public ProblemErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    /** Requests Jetty's HTTP parser refused: no request object exists, only the status and the parser's reason. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(HttpHeader.CONTENT_TYPE, MEDIA_TYPE);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return BufferUtil.toBuffer(problem(status, reason), StandardCharsets.UTF_8);
    }

    /** Errors dispatched to the server's error handler with a request (no servlet context took them). */
    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message)
            throws IOException {
        if (!underApi(request)) {
            super.generateAcceptableResponse(baseRequest, request, response, code, message);
            return;
        }
        baseRequest.setHandled(true);
        byte[] body = problem(code, message).getBytes(StandardCharsets.UTF_8);
        response.setContentType(MEDIA_TYPE);
        response.setHeader(HttpHeader.CACHE_CONTROL.asString(), "no-store");
        response.setContentLength(body.length);
        try {
            OutputStream out = response.getOutputStream();
            out.write(body);
            out.flush();
        } catch (IllegalStateException writerInUse) {
            response.getWriter().write(new String(body, StandardCharsets.UTF_8));
        }
    }

    static boolean underApi(HttpServletRequest request) {
        String uri;
        try {
            uri = request.getRequestURI();
        } catch (RuntimeException e) {
            return true;
        }
        return uri == null || uri.equals("/api") || uri.startsWith("/api/");
    }

    /** The problem document: type, title (the status's reason phrase), status and detail (Jetty's reason). */
    static String problem(int status, String reason) {
        String title = HttpStatus.getMessage(status);
        if (title == null || title.isEmpty()) {
            title = "HTTP " + status;
        }
        String detail = reason == null || reason.isBlank() ? title : reason;
        return "{\"type\":\"about:blank\",\"title\":" + quote(title) + ",\"status\":" + status + ",\"detail\":"
                + quote(detail) + "}";
    }

    static String quote(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
