package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tepai.spi.evaluation.EvaluationCriterion;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.Test;
import org.osgi.framework.ServiceRegistration;

/**
 * Issue 18: {@code GET /metrics} as city IT's Prometheus scrapes it (README, Operations: Metrics). Closed until a
 * token is set in etc/io.tepai.metrics.cfg, then open to that token only; the meters move with requests, refused
 * sign-ins, a lockout, a round computed and a plug-in that throws.
 */
public class MetricsIT extends TepaiContainerTest {

    private static final String TOKEN = "itest-scrape-token-0123456789abcdef0123456789";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> scrape(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + "/metrics"))
                .timeout(Duration.ofSeconds(30)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String scrape() throws Exception {
        HttpResponse<String> response = scrape("Bearer " + TOKEN);
        assertEquals(response.body(), 200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        return response.body();
    }

    /**
     * The sum of a metric's samples whose labels include these (Prometheus' text format: {@code name{k="v",…} value});
     * 0 when there is none yet.
     */
    static double sample(String scrape, String metric, Map<String, String> labels) {
        double sum = 0;
        for (String line : scrape.lines().toList()) {
            if (line.startsWith("#") || !(line.startsWith(metric + "{") || line.startsWith(metric + " "))) {
                continue;
            }
            int end = line.lastIndexOf(' ');
            String series = line.substring(0, end);
            if (labels.entrySet().stream().allMatch(l -> series.contains(l.getKey() + "=\"" + l.getValue() + "\""))) {
                sum += Double.parseDouble(line.substring(end + 1));
            }
        }
        return sum;
    }

    private static void assertMoved(String before, String after, String metric, Map<String, String> labels,
                                    double by) {
        assertEquals(metric + labels + "\n" + after, sample(before, metric, labels) + by, sample(after, metric, labels),
                0.0001);
    }

    @Test
    public void closedUntilATokenIsSetThenTheMetersMoveWithWhatHappens() throws Exception {
        HttpResponse<String> closed = scrape("Bearer " + TOKEN);
        assertEquals("closed by default: " + closed.body(), 403, closed.statusCode());
        assertTrue(closed.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        Path cfg = Path.of(System.getProperty("karaf.etc"), "io.tepai.metrics.cfg");
        String shipped = Files.readString(cfg, StandardCharsets.ISO_8859_1);
        ServiceRegistration<EvaluationCriterion> throwing = registerCriterion("itest-metrics-throws", "mengzhou",
                data -> {
                    throw new IllegalStateException("itest: no data for metrics");
                });
        try {
            // as city IT does it: the token in etc/, applied by file install without a restart
            Files.writeString(cfg, shipped + "token = " + TOKEN + "\n", StandardCharsets.ISO_8859_1);
            await("the token applies", () -> scrape("Bearer " + TOKEN).statusCode() == 200 ? true : null);

            HttpResponse<String> none = scrape(null);
            assertEquals(401, none.statusCode());
            assertEquals("Bearer realm=\"tepai-metrics\"", none.headers().firstValue("WWW-Authenticate").orElse(""));
            assertEquals(401, scrape("Bearer " + TOKEN.substring(1)).statusCode());
            assertEquals("an administrator's sign-in is not the token", 401,
                    scrape("Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin".getBytes(
                            StandardCharsets.UTF_8))).statusCode());

            String before = scrape();

            assertEquals(200, get("/api/specialists?size=1", CITY).status());
            assertEquals(404, get("/api/specialists/987654321", CITY).status());
            Reply unprocessable = send("POST", "/api/evaluations/rounds", CITY, "{\"year\":2026,\"kind\":\"NOPE\"}");
            assertTrue(unprocessable.toString(), unprocessable.status() >= 400 && unprocessable.status() < 500);
            assertEquals(404, get("/api/no-such-family/12345", CITY).status());
            assertEquals(401, get("/api/specialists?size=1", "nobody-metrics:wrong").status());

            String name = "metrics" + System.nanoTime() % 100000;
            assertEquals(201, send("POST", "/api/accounts", CITY, "{\"username\":\"" + name + "\",\"displayName\":"
                    + "\"指标测试\",\"role\":\"AUDITOR\",\"scope\":\"\",\"password\":\"a-good-password\"}").status());
            for (int i = 0; i < 5; i++) {
                assertEquals(401, get("/api/specialists?size=1", name + ":wrong").status());
            }

            awaitModule("itest-metrics-throws", true);
            assertEquals(200, send("PUT", "/api/modules/itest-metrics-throws/counties/mengzhou", CITY, null).status());
            JsonNode round = get("/api/evaluations/rounds?kind=SPECIALIST&county=mengzhou", CITY).json()
                    .at("/items/0");
            Reply computed = send("POST", "/api/evaluations/rounds/" + round.get("id").asLong() + "/compute", CITY,
                    null);
            assertEquals(computed.toString(), 200, computed.status());

            String after = scrape();

            assertMoved(before, after, "tepai_http_requests_seconds_count",
                    Map.of("family", "/api/specialists", "method", "GET", "status", "2xx"), 1);
            assertMoved(before, after, "tepai_http_requests_seconds_bucket",
                    Map.of("family", "/api/specialists", "method", "GET", "status", "2xx", "le", "+Inf"), 1);
            assertTrue("a 404 and 6 refused sign-ins: " + after, sample(after, "tepai_http_requests_seconds_count",
                    Map.of("family", "/api/specialists", "status", "4xx")) - sample(before,
                    "tepai_http_requests_seconds_count", Map.of("family", "/api/specialists", "status", "4xx")) >= 7);
            assertMoved(before, after, "tepai_http_requests_seconds_count",
                    Map.of("family", "/api/evaluations/rounds", "method", "POST", "status", "4xx"), 1);
            assertMoved(before, after, "tepai_http_requests_seconds_count",
                    Map.of("family", "other", "method", "GET", "status", "4xx"), 1);
            assertTrue("no path becomes a label", !after.contains("987654321") && !after.contains("no-such-family"));

            assertMoved(before, after, "tepai_signin_failures_total", Map.of("reason", "unknown"), 1);
            assertMoved(before, after, "tepai_signin_failures_total", Map.of("reason", "password"), 5);
            assertMoved(before, after, "tepai_signin_lockouts_total", Map.of(), 1);

            assertMoved(before, after, "tepai_evaluation_computations_seconds_count", Map.of("kind", "SPECIALIST"), 1);
            assertTrue(after, sample(after, "tepai_plugin_failures_total",
                    Map.of("module", "itest-metrics-throws", "how", "exception"))
                    > sample(before, "tepai_plugin_failures_total", Map.of("module", "itest-metrics-throws")));

            assertTrue("heap in use", sample(after, "jvm_memory_used_bytes", Map.of("area", "heap")) > 0);
            assertTrue("live threads", sample(after, "jvm_threads_live_threads", Map.of()) > 0);
            assertTrue("the DBCP2 pool's size", sample(after, "tepai_db_pool_max", Map.of()) > 0);
            assertTrue(after, after.contains("tepai_db_pool_active{"));
        } finally {
            send("DELETE", "/api/modules/itest-metrics-throws/counties/mengzhou", CITY, null);
            throwing.unregister();
            Files.writeString(cfg, shipped, StandardCharsets.ISO_8859_1);
            await("scraping closes again", () -> scrape("Bearer " + TOKEN).statusCode() == 403 ? true : null);
        }
    }
}
