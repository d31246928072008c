package io.tepai.metrics.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /metrics} in Prometheus' text format, for a scraper holding the token of {@code etc/io.tepai.metrics.cfg}
 * ({@code Authorization: Bearer <token>}). Closed until city IT sets a token, as the API is closed by default.
 * <p>
 * A token rather than an administrator's Basic sign-in: a scraper asks every few seconds, and each Basic request
 * would cost a PBKDF2 hash, add to the account's failed sign-ins on a typo and lock a person's account; a token opens
 * nothing but this page and is changed without touching anybody's account. {@link MetricsEndpoint} registers it and
 * hands it the token.
 */
class ScrapeServlet extends HttpServlet {

    static final int MIN_TOKEN = 32;
    static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ScrapeServlet.class);

    private final transient TepaiMeters meters;

    /** Null while scraping is off. */
    private transient volatile byte[] token;

    ScrapeServlet(TepaiMeters meters) {
        this.meters = meters;
    }

    void token(Object configured) {
        token = usable(configured);
    }

    /** The configured token's bytes, or null (closed) when it is missing or too short to be a secret. */
    static byte[] usable(Object value) {
        String configured = value == null ? "" : value.toString().strip();
        if (!configured.isEmpty() && configured.length() < MIN_TOKEN) {
            LOG.warn("{} token is shorter than {} characters; /metrics stays closed", MetricsEndpoint.PID, MIN_TOKEN);
        }
        return configured.length() < MIN_TOKEN ? null : configured.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int refusal = refusal(token, request.getHeader("Authorization"));
        if (refusal == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"tepai-metrics\"");
            problem(response, refusal, "Unauthorized", "Send the scrape token of etc/io.tepai.metrics.cfg as "
                    + "'Authorization: Bearer <token>'");
            return;
        }
        if (refusal == HttpServletResponse.SC_FORBIDDEN) {
            problem(response, refusal, "Forbidden", "Scraping is off: set a token of at least " + MIN_TOKEN
                    + " characters in etc/io.tepai.metrics.cfg");
            return;
        }
        byte[] body = meters.scrape().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(TEXT_FORMAT);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * 0 when the request may scrape, else the status refusing it: 403 while no token is configured (nothing a client
     * sends can help), 401 for a missing or wrong one. Compared in constant time, so the answer's timing says nothing
     * about how much of a guess was right.
     */
    static int refusal(byte[] token, String authorization) {
        if (token == null) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return HttpServletResponse.SC_UNAUTHORIZED;
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(token, given) ? 0 : HttpServletResponse.SC_UNAUTHORIZED;
    }

    /** An RFC 9457 problem, as everywhere else in Tepai; the texts are this class's own, so nothing needs escaping. */
    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        byte[] body = ("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                + detail + "\",\"instance\":\"/metrics\"}").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
