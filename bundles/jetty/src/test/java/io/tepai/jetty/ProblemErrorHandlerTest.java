package io.tepai.jetty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.testing.RawHttp;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.xml.XmlConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The handler in a Jetty set up as Pax Web sets it up (the handler server-wide, an ErrorPageErrorHandler per
 * context, the API as a servlet under /api), asked with raw requests that no HTTP client would send.
 */
class ProblemErrorHandlerTest {

    private static Server server;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setErrorHandler(new ProblemErrorHandler());
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.setErrorHandler(new ErrorPageErrorHandler());
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setContentType("application/json");
                response.getWriter().write("{}");
            }
        }), "/api/*");
        server.setHandler(context);
        server.insertHandler(new TraceRefusal());
        server.start();
        port = connector.getLocalPort();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    @Test
    void anEncodedNulInThePath() throws IOException {
        assertProblem(400, raw("GET /api/x%00y HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
    }

    @Test
    void aUriOverTheHeaderBuffer() throws IOException {
        assertProblem(414, raw("GET /api/" + "a".repeat(9_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
    }

    @Test
    void aHeaderTooLarge() throws IOException {
        assertProblem(431, raw("GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n"));
    }

    @Test
    void anUnknownHttpVersion() throws IOException {
        assertProblem(505, raw("GET /api/health HTTP/9.9\r\nHost: localhost\r\n\r\n"));
    }

    @Test
    void aMalformedHeader() throws IOException {
        assertProblem(400, raw("GET /api/health HTTP/1.1\r\nHost: localhost\r\nNo colon here\r\n\r\n"));
    }

    @Test
    void traceIsRefusedEverywhere() throws IOException {
        assertProblem(405, raw("TRACE /api/health HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic Y2l0eTpjaXR5"
                + "\r\nConnection: close\r\n\r\n"));
        String elsewhere = raw("TRACE /other HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertProblem(405, elsewhere);
        assertTrue(!elsewhere.contains("Y2l0eTpjaXR5") && elsewhere.contains("Allow: GET"), elsewhere);
    }

    @Test
    void anOrdinaryRequestIsUntouched() throws IOException {
        String reply = raw("GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(reply.startsWith("HTTP/1.1 200"), reply);
    }

    @Test
    void theDistributionsJettyXmlInstallsTheHandler() throws Exception {
        Server configured = new Server();
        XmlConfiguration jettyXml = new XmlConfiguration(Resource.newResource(
                Path.of("..", "..", "config", "etc", "jetty.xml").toAbsolutePath().toString()));
        jettyXml.getIdMap().put("Server", configured);
        jettyXml.configure(configured);
        assertEquals(ProblemErrorHandler.class, configured.getErrorHandler().getClass());
        assertEquals(TraceRefusal.class, configured.getHandler().getClass());
    }

    @Test
    void theDocumentIsJson() {
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"a \\\"b\\\"\\u0000\"}",
                ProblemErrorHandler.problem(400, "a \"b\"\0"));
    }

    private static void assertProblem(int status, String reply) {
        String head = reply.substring(0, Math.max(0, reply.indexOf("\r\n\r\n")));
        String body = reply.substring(reply.indexOf("\r\n\r\n") + 4);
        assertTrue(head.startsWith("HTTP/1.1 " + status + " "), reply);
        assertTrue(head.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), reply);
        assertTrue(body.startsWith("{\"type\":\"about:blank\",") && body.contains("\"status\":" + status + ",")
                && body.endsWith("}"), reply);
    }

    static String raw(String request) throws IOException {
        return RawHttp.exchange(port, request, Duration.ofSeconds(10));
    }
}
