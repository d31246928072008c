package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;
import org.osgi.framework.Bundle;

/**
 * Issue 11 (hardening) and issue 12 item 1 over real HTTP: what only the running CXF/Jetty stack can show.
 * Every refusal is problem+json and changes nothing.
 */
public class RestHardeningIT extends TepaiContainerTest {

    private static final String BASE = "http://localhost:" + HTTP_PORT;
    private static final int YEAR = Year.now().getValue();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** A request with exactly these headers (name, value, …) and body; HTTP Basic when credentials are given. */
    private Reply raw(String method, String path, String credentials, HttpRequest.BodyPublisher body,
                      String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30))
                .method(method, body);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (credentials != null) {
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private static HttpRequest.BodyPublisher text(String body) {
        return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    private static void assertProblem(int status, Reply reply) throws IOException {
        assertEquals(reply.toString(), status, reply.status());
        assertTrue(reply.toString(), reply.contentType().startsWith("application/problem+json"));
        assertEquals(reply.toString(), status, reply.json().get("status").asInt());
    }

    private static String team(String name, String termEnd) {
        return "{\"name\":\"" + name + "\",\"industry\":\"加固测试产业\",\"level\":\"CITY\",\"unitCode\":\"hpu\","
                + "\"termStart\":\"" + YEAR + "-01-01\",\"termEnd\":" + termEnd + ","
                + "\"dispatchingLeader\":{\"name\":\"测试领队\",\"position\":\"副校长\",\"phone\":\"0391-1\"}}";
    }

    private long teamsNamed(String name) throws Exception {
        return get("/api/teams?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8), CITY).json().get("total").asLong();
    }

    /** Item 3: a form posted from another site, or any non-JSON write body, is refused and changes nothing. */
    @Test
    public void crossSiteAndNonJsonWritesAreRefusedAndChangeNothing() throws Exception {
        long round = get("/api/evaluations/rounds?size=1", CITY).json().at("/items/0/id").asLong();
        String before = get("/api/evaluations/rounds/" + round, CITY).body();

        assertProblem(403, raw("POST", "/api/evaluations/rounds/" + round + "/compute", CITY, text("a=b"),
                "Origin", "http://evil.example", "Content-Type", "application/x-www-form-urlencoded"));
        assertProblem(403, raw("POST", "/api/evaluations/rounds/" + round + "/compute", CITY,
                HttpRequest.BodyPublishers.noBody(), "Referer", "http://evil.example/form.html"));
        assertProblem(415, raw("POST", "/api/evaluations/rounds/" + round + "/compute", CITY, text("a=b"),
                "Content-Type", "application/x-www-form-urlencoded"));
        assertProblem(415, raw("POST", "/api/evaluations/rounds/" + round + "/compute", CITY, text("{}"),
                "Content-Type", "text/plain"));
        assertEquals(before, get("/api/evaluations/rounds/" + round, CITY).body());

        // the API's own pages pass the guard (this body is then refused for what it says, not where it came from)
        Reply sameOrigin = raw("POST", "/api/teams", CITY, text("{}"), "Origin", BASE,
                "Content-Type", "application/json");
        assertProblem(400, sameOrigin);
    }

    /** Item 5: an unknown charset is a 415 naming it, not Jetty's HTML 500. */
    @Test
    public void anUnknownCharsetIsA415NamingIt() throws Exception {
        Reply reply = raw("POST", "/api/teams", CITY, text(team("字符集测试团", "\"" + YEAR + "-12-31\"")),
                "Content-Type", "application/json; charset=nonexistent-charset");
        assertProblem(415, reply);
        assertTrue(reply.body(), reply.json().get("detail").asText().contains("nonexistent-charset"));
        assertEquals(0, teamsNamed("字符集测试团"));
    }

    /** Item 6: TRACE, which Pax Web refuses before any servlet, is a 405 problem like every other error. */
    @Test
    public void traceIsA405Problem() throws Exception {
        Reply reply = raw("TRACE", "/api/health", CITY, HttpRequest.BodyPublishers.noBody());
        assertProblem(405, reply);
        assertFalse(reply.body(), reply.body().contains("Authorization"));
    }

    /** Item 7: a body over the limit (1 MiB) is a 413, declared or chunked. */
    @Test
    public void bodiesOverTheLimitAre413() throws Exception {
        String big = team("超大请求测试团", "\"" + YEAR + "-12-31\"").replace("加固测试产业", "x".repeat(1024 * 1024 + 10));
        assertProblem(413, raw("POST", "/api/teams", CITY, text(big), "Content-Type", "application/json"));
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        assertProblem(413, raw("POST", "/api/teams", CITY,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)),
                "Content-Type", "application/json"));
        assertEquals(0, teamsNamed("超大请求测试团"));
    }

    /** Item 4: a date the database cannot hold, or one that is not an ISO string, is a 400 naming the field. */
    @Test
    public void datesOutsideTheProgrammeAre400NamingTheField() throws Exception {
        for (String termEnd : List.of("\"+99999-01-01\"", "20260101", "\"0000-01-01\"", "\"" + YEAR + "-01-01T10:00:00\"")) {
            Reply reply = send("POST", "/api/teams", CITY, team("日期测试团", termEnd));
            assertProblem(400, reply);
            assertEquals(reply.body(), "termEnd", reply.json().at("/errors/0/field").asText());
        }
        assertProblem(400, get("/api/logs?from=%2B99999-01-01", CITY));
        assertProblem(400, get("/api/logs?to=" + YEAR + "-01-01T10:00:00", CITY));
        assertProblem(400, get("/api/audit?from=%2B99999-01-01T00:00:00Z", CITY));
        assertEquals(0, teamsNamed("日期测试团"));
    }

    /** Items 9 and 11: duplicate keys, fractions as versions, unknown fields and control characters are 400s. */
    @Test
    public void ambiguousBodiesAre400AndChangeNothing() throws Exception {
        JsonNode county = get("/api/counties/wuzhi", null).json();
        long version = county.get("version").asLong();
        String industries = county.get("leadingIndustries").toString();
        for (String body : List.of(
                "{\"leadingIndustries\":[\"甲\"],\"version\":" + version + ",\"version\":" + version + "}",
                "{\"leadingIndustries\":[\"甲\"],\"version\":" + version + ".9}",
                "{\"leadingIndustries\":[\"甲\"],\"version\":\"" + version + "\"}",
                "{\"leadingIndustries\":[\"甲\"],\"version\":" + version + ",\"leadingIndustrees\":[]}",
                "{\"leadingIndustries\":[5],\"version\":" + version + "}",
                "{\"leadingIndustries\":[\"\\u202e甲\"],\"version\":" + version + "}")) {
            assertProblem(400, send("PUT", "/api/counties/wuzhi", CITY, body));
        }
        assertEquals(county, get("/api/counties/wuzhi", null).json());

        Reply control = send("POST", "/api/teams", CITY, team("控制\\u0000字符", "\"" + YEAR + "-12-31\""));
        assertProblem(400, control);
        assertEquals(control.body(), "name", control.json().at("/errors/0/field").asText());
        Reply ordinal = send("POST", "/api/teams", CITY,
                team("序号测试团", "\"" + YEAR + "-12-31\"").replace("\"CITY\"", "0"));
        assertProblem(400, ordinal);
        assertEquals(ordinal.body(), "level", ordinal.json().at("/errors/0/field").asText());
        assertEquals(industries, get("/api/counties/wuzhi", null).json().get("leadingIndustries").toString());
    }

    /** Item 10: wrong-typed bodies are explained without Java or Jackson names. */
    @Test
    public void errorTextsNameNoJavaTypes() throws Exception {
        ObjectNode valid = (ObjectNode) JSON.readTree(team("类型测试团", "\"" + YEAR + "-12-31\""));
        // values of the wrong JSON type for each field, so that every one of them is refused
        List<String> notText = List.of("1", "1.5", "true", "[]", "{}");
        List<String> notTextOrObject = List.of("1", "1.5", "true", "[]");
        for (var field : List.of(List.of("name", notText), List.of("unitCode", notText),
                List.of("level", List.of("1", "1.5", "true", "\"x\"", "[]", "{}")),
                List.of("termStart", List.of("1", "1.5", "true", "\"x\"", "[]", "{}")),
                List.of("dispatchingLeader", List.of("1", "1.5", "true", "\"x\"", "[]")),
                List.of("dispatchingLeader", List.of("{\"name\":1}", "{\"name\":\"a\",\"phone\":true}")),
                List.of("industry", notTextOrObject))) {
            for (Object value : (List<?>) field.get(1)) {
                ObjectNode body = valid.deepCopy();
                body.set((String) field.get(0), JSON.readTree((String) value));
                Reply reply = send("POST", "/api/teams", CITY, body.toString());
                assertProblem(400, reply);
                for (String internal : List.of("java.", "io.tepai", "Exception", "ObjectNode", "Cannot deserialize")) {
                    assertFalse(field.get(0) + "=" + value + " -> " + reply, reply.body().contains(internal));
                }
            }
        }
        assertProblem(400, send("POST", "/api/teams", CITY, "[]"));
        assertEquals(0, teamsNamed("类型测试团"));
    }

    /**
     * Issue 12 item 1: /api/openapi.json is served whole over HTTP as JSON and documents every path the resources
     * serve (read from the REST bundle's resource classes in the container).
     */
    @Test
    public void theOpenApiDocumentIsServedAndCoversEveryResourcePath() throws Exception {
        Reply reply = get("/api/openapi.json", null);
        assertEquals(reply.toString(), 200, reply.status());
        assertTrue(reply.contentType(), reply.contentType().startsWith("application/json"));
        JsonNode document = reply.json();
        assertTrue(document.get("openapi").asText(), document.get("openapi").asText().startsWith("3."));
        Set<String> documented = new TreeSet<>();
        document.get("paths").fieldNames().forEachRemaining(documented::add);

        Set<String> served = resourcePaths();
        assertTrue("found the resources' paths: " + served, served.size() >= 40);
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(documented);
        assertEquals("served but not documented", Set.of(), missing);

        // every operation says what it does; a creation answers 201 with the new record's address
        Set<String> unsummarised = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(verb -> {
            if (verb.getValue().path("summary").asText().isBlank()) {
                unsummarised.add(verb.getKey() + " " + path.getKey());
            }
        }));
        assertEquals("operations without a summary", Set.of(), unsummarised);
        for (String creation : List.of("/specialists", "/units", "/teams", "/teams/{id}/agreements", "/assignments",
                "/recipients", "/logs", "/requests", "/trainings", "/bases", "/mentees", "/evaluations/rounds",
                "/accounts")) {
            JsonNode created = document.path("paths").path(creation).path("post").path("responses").path("201");
            assertTrue("POST " + creation + " documents 201 with Location: " + created,
                    created.path("headers").has("Location") && created.at("/content/application~1json/schema")
                            .has("$ref"));
        }
    }

    /** "/base/sub" of every resource method of the REST bundle, from its JAX-RS {@code @Path} annotations. */
    private Set<String> resourcePaths() throws Exception {
        Bundle rest = List.of(bundleContext.getBundles()).stream()
                .filter(b -> "io.tepai.rest".equals(b.getSymbolicName())).findFirst().orElseThrow();
        Set<String> paths = new TreeSet<>();
        for (URL entry : Collections.list(rest.findEntries("io/tepai/rest/internal", "*Resource.class", false))) {
            String name = entry.getPath().substring(1).replace(".class", "").replace('/', '.');
            Class<?> resource = rest.loadClass(name);
            String base = path(resource.getAnnotations());
            if (base == null) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                boolean operation = List.of(method.getAnnotations()).stream().anyMatch(a -> Set.of("GET", "POST",
                        "PUT", "DELETE", "HEAD", "PATCH").contains(a.annotationType().getSimpleName()));
                if (operation) {
                    String sub = path(method.getAnnotations());
                    paths.add("/" + base + (sub == null ? "" : "/" + sub));
                }
            }
        }
        return paths;
    }

    /** The value of a {@code javax.ws.rs.Path} annotation among these, read reflectively (the probe does not import it). */
    private static String path(Annotation[] annotations) throws Exception {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().getName().equals("javax.ws.rs.Path")) {
                return (String) annotation.annotationType().getMethod("value").invoke(annotation);
            }
        }
        return null;
    }
}
