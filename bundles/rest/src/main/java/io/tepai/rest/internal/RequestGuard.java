package io.tepai.rest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

/**
 * What every request under {@code /api} must be before any resource sees it; a refused request changes nothing.
 * <ul>
 * <li>A write from another web site is refused (403): a browser sends {@code Origin} (or at least
 * {@code Referer}) with a cross-site form or script, and the API must not act on an HTML form posted from
 * elsewhere with the user's stored credentials. Requests without either header (curl, scripts) pass.</li>
 * <li>A write's body is JSON (415 otherwise): a form or text body is what a cross-site form can send without a
 * CORS preflight, so refusing it closes that door even where {@code Origin} is missing. An action without a body
 * needs no {@code Content-Type}.</li>
 * <li>Bodies are in UTF-8 (415 naming the charset otherwise; {@link CharsetFilter} says the same earlier, where
 * CXF would fail on a charset Java does not know).</li>
 * <li>A body larger than the limit is refused (413): by {@code Content-Length} before reading a byte, and when
 * the length is not declared (chunked) by counting while the JSON is read.</li>
 * <li>The one exception is a bulk import ({@code POST /api/import/{kind}}, {@link ImportResource}): its body is the
 * file itself, CSV ({@code text/csv}, in the charset it names) or a workbook (the .xlsx type), under a limit of its
 * own ({@code importMaxBodyBytes}). Neither type is one a cross-site form can send without a CORS preflight, and
 * multipart form uploads, which it can, stay refused.</li>
 * </ul>
 * Pre-matching, so that these answers do not depend on which resource the path would have reached.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestGuard implements ContainerRequestFilter {

    static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** Read per request, so that a configuration change applies without rebuilding the application. */
    private final Supplier<Settings> settings;

    RequestGuard(Supplier<Settings> settings) {
        this.settings = settings;
    }

    RequestGuard(Settings settings) {
        this(() -> settings);
    }

    /** Installation settings from ConfigAdmin pid {@code io.tepai.rest}; see {@link TepaiApplication}. */
    record Settings(long maxBodyBytes, List<String> allowedOrigins, long importMaxBodyBytes) {

        static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
        static final long DEFAULT_IMPORT_MAX_BODY_BYTES = 64L * 1024 * 1024;

        Settings(long maxBodyBytes, List<String> allowedOrigins) {
            this(maxBodyBytes, allowedOrigins, DEFAULT_IMPORT_MAX_BODY_BYTES);
        }

        Settings {
            allowedOrigins = allowedOrigins.stream().map(RequestGuard::origin).filter(o -> o != null).toList();
        }

        static Settings defaults() {
            return new Settings(DEFAULT_MAX_BODY_BYTES, List.of());
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        boolean upload = isImport(request.getUriInfo().getPath());
        Refusal refusal = refusal(request.getMethod(), request::getHeaderString,
                request.getUriInfo().getRequestUri().getRawAuthority(), upload);
        if (refusal != null) {
            request.abortWith(refusal.problem("/" + request.getUriInfo().getPath()).toResponse());
            return;
        }
        if (WRITES.contains(request.getMethod())) {
            // the length was checked above; a body without one (chunked) is counted as it is read
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit(upload)));
        }
    }

    /** Why a request is refused before it is read: a status and a detail for the problem. */
    record Refusal(int status, String title, String detail) {

        Problem problem(String instance) {
            return new Problem("about:blank", title, status, detail, instance, null, List.of());
        }
    }

    /**
     * The refusal of a request with this method and these headers, or null when it may go on; {@code authority}
     * is the host and port the server saw it on, for when there is no {@code Host} header.
     */
    Refusal refusal(String method, Function<String, String> header, String authority) {
        return refusal(method, header, authority, false);
    }

    /** As above; {@code upload} for a bulk import's path, which takes a file under its own limit. */
    Refusal refusal(String method, Function<String, String> header, String authority, boolean upload) {
        if (!WRITES.contains(method)) {
            return null;
        }
        Refusal refusal = checkOrigin(header, authority);
        if (refusal == null) {
            refusal = upload ? checkFileType(header) : checkBodyType(header);
        }
        return refusal != null ? refusal : checkLength(header, limit(upload));
    }

    /** Whether the path (under /api) is a bulk import's. */
    static boolean isImport(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.startsWith("import/");
    }

    private long limit(boolean upload) {
        return upload ? settings.get().importMaxBodyBytes() : settings.get().maxBodyBytes();
    }

    /** The media type of an .xlsx workbook. */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A file to import: CSV in a charset Java knows (UTF-8 when none is named), or a workbook. */
    private static Refusal checkFileType(Function<String, String> header) {
        String contentType = header.apply(HttpHeaders.CONTENT_TYPE);
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (type.equals(XLSX)) {
            return null;
        }
        if (!type.equals("text/csv")) {
            return unsupported("An import's body is the file: send Content-Type: text/csv (with charset=GBK for a CSV "
                    + "that Excel saved on a Chinese Windows) or " + XLSX + (type.isEmpty() ? "" : ", not "
                    + clip(type)));
        }
        String charset = charset(contentType);
        return charset == null || knownCharset(charset) ? null
                : unsupported("This server cannot read charset=" + clip(charset) + "; send UTF-8 or GBK");
    }

    static boolean knownCharset(String name) {
        try {
            return Charset.isSupported(name.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    private Refusal checkOrigin(Function<String, String> header, String authority) {
        String origin = header.apply("Origin");
        String claimed = origin != null ? origin : header.apply("Referer");
        if (claimed == null) {
            return null;
        }
        String from = origin(claimed);
        if (from != null) {
            String host = header.apply(HttpHeaders.HOST) != null ? header.apply(HttpHeaders.HOST) : authority;
            // the Host header under the claimed origin's scheme: a proxy ending TLS in front of Tepai changes the
            // scheme the server sees, not the host and port the browser addressed
            String own = host == null ? null : origin(from.substring(0, from.indexOf("://") + 3) + host.strip());
            if (from.equals(own) || settings.get().allowedOrigins().contains(from)) {
                return null;
            }
        }
        return new Refusal(403, "Forbidden", "Changes are accepted only from Tepai's own pages or an origin the "
                + "city IT staff allowed; this request came from " + (from == null ? "an unknown origin" : from));
    }

    private static Refusal checkBodyType(Function<String, String> header) {
        String contentType = header.apply(HttpHeaders.CONTENT_TYPE);
        if (contentType == null) {
            return hasBody(header) ? unsupported("A request body must be JSON: send Content-Type: application/json")
                    : null;
        }
        String[] parts = contentType.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals(MediaType.APPLICATION_JSON)) {
            return unsupported("A request body must be application/json, not " + clip(type));
        }
        String charsetProblem = charsetProblem(charset(contentType));
        return charsetProblem == null ? null : unsupported(charsetProblem);
    }

    private Refusal checkLength(Function<String, String> header, long limit) {
        String length = header.apply(HttpHeaders.CONTENT_LENGTH);
        try {
            if (length != null && Long.parseLong(length.strip()) > limit) {
                return tooLarge(limit);
            }
        } catch (NumberFormatException e) {
            // Jetty refuses a malformed Content-Length before we get here; it is counted like a chunked body
        }
        return null;
    }

    private static boolean hasBody(Function<String, String> header) {
        String length = header.apply(HttpHeaders.CONTENT_LENGTH);
        return length != null ? !length.strip().equals("0") : header.apply("Transfer-Encoding") != null;
    }

    /** The {@code charset} parameter of a Content-Type, unquoted, or null. */
    static String charset(String contentType) {
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals > 0 && parts[i].substring(0, equals).strip().equalsIgnoreCase("charset")) {
                return parts[i].substring(equals + 1).strip().replace("\"", "");
            }
        }
        return null;
    }

    /** Why a body's charset is refused, or null for UTF-8 (under any of its names) or none at all. */
    static String charsetProblem(String charset) {
        if (charset == null) {
            return null;
        }
        String name = charset.strip().replace("\"", "");
        try {
            if (Charset.forName(name).equals(StandardCharsets.UTF_8)) {
                return null;
            }
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            // not a charset at all: refused below like any other
        }
        return "The request body must be UTF-8, not charset=" + clip(name);
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    static Refusal unsupported(String detail) {
        return new Refusal(415, "Unsupported Media Type", detail);
    }

    static Refusal tooLarge(long limit) {
        return new Refusal(413, "Content Too Large",
                "The request body is larger than the " + limit + " bytes the API accepts");
    }

    /** {@code scheme://host:port} of a URL, with the scheme's default port made explicit; null if it is none. */
    static String origin(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return null;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /**
     * The origin of the API as the browser addressed it: the {@code Host} header, under the scheme of the origin
     * being checked (a proxy that ends TLS in front of Tepai changes the scheme the server sees, not the Host).
     */
    private static String ownOrigin(ContainerRequestContext request, String claimed) {
        String host = request.getHeaderString(HttpHeaders.HOST);
        if (host == null) {
            host = request.getUriInfo().getRequestUri().getRawAuthority();
        }
        return host == null ? null : origin(claimed.substring(0, claimed.indexOf("://") + 3) + host.strip());
    }

    /**
     * The refusal of a request whose body went past the limit while a reader other than {@link JsonProvider} read
     * it (JAX-RS wraps the failure in its own), or null when {@code e} is not about that.
     */
    static Refusal tooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge tooLarge) {
                return tooLarge(tooLarge.limit());
            }
        }
        return null;
    }

    /** Thrown while reading a body that goes past the limit; {@link JsonProvider} answers 413. */
    static final class BodyTooLarge extends IOException {

        private final long limit;

        BodyTooLarge(long limit) {
            super("Request body over " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }

    /** Passes at most {@code limit} bytes through, then fails instead of reading on. */
    static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, limit - count + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, limit - count + 1));
            count(skipped);
            return skipped;
        }

        private void count(long n) throws BodyTooLarge {
            count += n;
            if (count > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
