package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tepai.testing.RawHttp;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.junit.Test;

/**
 * Every error under /api is problem+json, Jetty's own included: requests Jetty refuses before any servlet sees
 * them (etc/jetty.xml, fragment io.tepai.jetty). Sent over a raw socket, since Java's HttpClient refuses to send
 * such URIs and headers.
 */
public class JettyErrorsIT extends TepaiContainerTest {

    @Test
    public void anEncodedNulInThePathIsA400Problem() throws Exception {
        assertProblem(400, raw("GET /api/x%00y HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
    }

    @Test
    public void aUriOver8KbIsA414Problem() throws Exception {
        assertProblem(414, raw("GET /api/" + "a".repeat(9_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n"));
    }

    @Test
    public void aHeaderOf20000CharactersIsA431Problem() throws Exception {
        assertProblem(431, raw("GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n"));
    }

    @Test
    public void theSameRequestsStillWorkWhenWellFormed() throws Exception {
        String reply = raw("GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(reply, reply.startsWith("HTTP/1.1 200 "));
    }

    private static void assertProblem(int status, String reply) throws IOException {
        int end = reply.indexOf("\r\n\r\n");
        assertTrue("a complete HTTP answer: " + reply, end > 0);
        String head = reply.substring(0, end);
        String body = reply.substring(end + 4);
        assertTrue(reply, head.startsWith("HTTP/1.1 " + status + " "));
        assertTrue(reply, head.toLowerCase(Locale.ROOT).lines()
                .anyMatch(line -> line.startsWith("content-type: application/problem+json")));
        JsonNode problem = JSON.readTree(body);
        assertEquals(body, status, problem.get("status").asInt());
        assertEquals(body, "about:blank", problem.get("type").asText());
        assertTrue(body, problem.hasNonNull("title") && problem.hasNonNull("detail"));
    }

    /** One request as written, the answer as read until Jetty closes the connection. */
    private static String raw(String request) throws IOException {
        return RawHttp.exchange(HTTP_PORT, request, Duration.ofSeconds(20));
    }
}
