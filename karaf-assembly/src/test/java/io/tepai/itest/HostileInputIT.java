package io.tepai.itest;

import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.osgi.framework.Bundle;

/**
 * The standing hostile-input test (issue 11): a corpus generated from the OpenAPI document the REST bundle ships
 * — malformed, oversized, wrong-typed, out-of-range, injection and unicode inputs, wrong media types and charsets,
 * cross-site writes — is replayed over every write endpoint and every query parameter of the list endpoints. It
 * asserts what a client relies on: no 5xx, every error is problem+json whose {@code status} is the HTTP status and
 * whose text names no Java internals, and a refused request changes nothing (the audit trail does not grow and the
 * addressed record reads the same before and after).
 */
public class HostileInputIT extends TepaiContainerTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String NO_SUCH_ID = "987654321";

    /** Bodies that are not the JSON object an endpoint takes, whatever it takes. */
    private static final List<String> MALFORMED = List.of("{", "}", "[]", "null", "\"text\"", "42", "{}{}", "{\"a\":}",
            "{\"version\":1,\"version\":2}", "{'version':1}", "{\"version\":1,}", "[".repeat(5_000) + "]".repeat(5_000),
            "{\"version\":1} trailing", "\u0000", "{\"\\ud800\":1}");

    /** Values no field of any type accepts as that type, by the field's declared OpenAPI type. */
    private static final Map<String, List<String>> WRONG_BY_TYPE = Map.of(
            "integer", List.of("\"12\"", "1.9", "1e400", "-1e400", "99999999999999999999999", "true", "[]", "{}",
                    "\"\\u0000\""),
            "number", List.of("\"12\"", "1e400", "true", "[]", "{}", "\"NaN\""),
            "boolean", List.of("\"yes\"", "1", "0", "\"true\"", "[]", "{}"),
            "array", List.of("\"x\"", "{}", "1", "[[[[]]]]", "[{\"x\":1}]"),
            "object", List.of("\"x\"", "[]", "1", "true"),
            "date", List.of("\"+99999-01-01\"", "20260101", "\"2026-13-45\"", "\"0000-01-01\"", "\"-0001-01-01\"",
                    "\"2026-01-01T10:00:00\"", "\"01/02/2026\"", "\"\"", "true"),
            "enum", List.of("0", "\"NO_SUCH_VALUE\"", "\"' OR 1=1 --\"", "[]", "true"),
            "string", List.of("123", "true", "[]", "{}", "\"\\u0000\"", "\"a\\u0001b\"", "\"\\u202Eevil\"",
                    "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0085\""));

    /** Valid text that must pass through harmlessly (it only reaches services inside an incomplete body). */
    private static final List<String> INJECTION = List.of("\"' OR 1=1 --\"", "\"<script>alert(1)</script>\"",
            "\"=cmd|' /C calc'!A0\"", "\"%_%\"", "\"${jndi:ldap://127.0.0.1/x}\"", "\"../../etc/passwd\"",
            "\"𠮷野家 😀\"");

    /** Package and class names, exception types, Jackson's own phrases: nothing a caller can act on. */
    private static final Pattern JAVA_INTERNALS = Pattern.compile(
            "\\b(?:java|javax|io\\.tepai|com\\.fasterxml|org\\.apache)\\.[a-z]|\\b[A-Z][A-Za-z]*(?:Exception|Error)\\b"
                    + "|ObjectNode|JsonNode|Cannot deserialize|Cannot construct");

    private static final List<String> BAD_QUERY_VALUES = List.of("abc", "-1", "0", "1.5", "99999999999999999999",
            "%00", "%27%20OR%201%3D1", "%25", "%5F", "+99999-01-01", "2026-13-45", "%E2%80%AE", "%ED%A0%80");

    @Test
    public void everyWriteEndpointRefusesBadInputCleanly() throws Exception {
        JsonNode api = openApi();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("post", "put", "patch", "delete")) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    sent += corpus(api, path.getKey(), path.getValue(), method.toUpperCase(), operation, failures);
                }
            }
        }
        assertTrue("the corpus reached the write endpoints (" + sent + " requests)", sent > 1_000);
        assertTrue(failures.size() + " of " + sent + " hostile requests were answered badly:\n"
                + String.join("\n", failures.subList(0, Math.min(60, failures.size()))), failures.isEmpty());
    }

    @Test
    public void everyQueryParameterRefusesBadValuesCleanly() throws Exception {
        JsonNode api = openApi();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().get("get");
            if (get == null || path.getKey().contains("{")) {
                continue;
            }
            for (JsonNode parameter : parameters(api, path.getValue(), get)) {
                if (!"query".equals(parameter.path("in").asText())) {
                    continue;
                }
                for (String value : BAD_QUERY_VALUES) {
                    String target = "/api" + path.getKey() + "?" + parameter.get("name").asText() + "=" + value;
                    Answer answer = exchange("GET", target, null, Map.of("Accept", "application/json"));
                    sent++;
                    check(answer, "GET " + target, failures);
                }
            }
        }
        assertTrue("the corpus reached the list parameters (" + sent + " requests)", sent > 300);
        assertTrue(failures.size() + " of " + sent + " hostile queries were answered badly:\n"
                + String.join("\n", failures.subList(0, Math.min(60, failures.size()))), failures.isEmpty());
    }

    /** Sends one endpoint's corpus and returns how many requests it sent. */
    private int corpus(JsonNode api, String template, JsonNode pathItem, String method, JsonNode operation,
                       List<String> failures) throws Exception {
        JsonNode body = operation.at("/requestBody/content/application~1json/schema");
        // An endpoint that takes no body acts on its path alone (compute, switch off): aim it at nothing, so that a
        // corpus request the endpoint does not refuse cannot change the demo data other tests read.
        boolean bodiless = body.isMissingNode();
        String target = "/api" + pathFor(api, pathItem, operation, template, bodiless);
        String query = operationTakesVersionQuery(api, pathItem, operation) ? "?version=" : null;
        String readBack = pathItem.has("get") && template.contains("{") ? target : null;

        String recordBefore = readBack == null ? null : exchange("GET", readBack, null, Map.of()).body();
        long auditBefore = auditLength();
        int sent = 0;
        List<Request> requests = new ArrayList<>();
        String uri = query == null ? target : target + query + "1";

        // media types, charsets, origins and sizes
        requests.add(new Request(uri, "{}", "application/x-www-form-urlencoded", Map.of()));
        requests.add(new Request(uri, "version=1", "application/x-www-form-urlencoded",
                Map.of("Origin", "http://evil.example")));
        requests.add(new Request(uri, "{}", "text/plain", Map.of()));
        requests.add(new Request(uri, "<a/>", "application/xml", Map.of()));
        requests.add(new Request(uri, "{}", "application/json; charset=nonexistent-charset", Map.of()));
        requests.add(new Request(uri, "{}", "application/json", Map.of("Origin", "http://evil.example")));
        requests.add(new Request(uri, "{}", "application/json", Map.of("Referer", "http://evil.example/form")));
        requests.add(new Request(uri, "{\"x\":\"" + "长".repeat(2 * 1024 * 1024) + "\"}", "application/json",
                Map.of()));
        if (query != null) {
            for (String value : BAD_QUERY_VALUES) {
                requests.add(new Request(target + query + value, null, null, Map.of()));
            }
            requests.add(new Request(target, null, null, Map.of()));
        }
        if (!bodiless) {
            for (String malformed : MALFORMED) {
                requests.add(new Request(uri, malformed, "application/json", Map.of()));
            }
            JsonNode schema = resolve(api, body);
            for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                 properties.hasNext(); ) {
                Map.Entry<String, JsonNode> property = properties.next();
                String type = typeOf(api, property.getValue());
                List<String> values = new ArrayList<>(WRONG_BY_TYPE.getOrDefault(type, WRONG_BY_TYPE.get("object")));
                if (type.equals("string")) {
                    values.addAll(INJECTION);
                }
                for (String value : values) {
                    requests.add(new Request(uri, "{\"" + property.getKey() + "\":" + value + "}", "application/json",
                            Map.of()));
                }
            }
        }
        for (Request request : requests) {
            Map<String, String> headers = new LinkedHashMap<>(request.headers());
            if (request.contentType() != null) {
                headers.put("Content-Type", request.contentType());
            }
            headers.put("Accept", "application/json");
            Answer answer = exchange(method, request.uri(), request.body(), headers);
            sent++;
            String what = method + " " + request.uri() + " [" + request.contentType() + "] " + abbreviate(request.body())
                    + (request.headers().isEmpty() ? "" : " " + request.headers());
            if (answer.status() < 400) {
                failures.add(what + " → " + answer.status() + ": a hostile request was accepted");
            }
            check(answer, what, failures);
        }
        long auditAfter = auditLength();
        if (auditAfter != auditBefore) {
            failures.add(method + " " + target + ": refused requests changed the audit trail from " + auditBefore
                    + " to " + auditAfter + " rows");
        }
        if (readBack != null) {
            String recordAfter = exchange("GET", readBack, null, Map.of()).body();
            if (!recordAfter.equals(recordBefore)) {
                failures.add(method + " " + target + ": refused requests changed the record:\n  before " + recordBefore
                        + "\n  after  " + recordAfter);
            }
        }
        return sent;
    }

    /** What every answer must be, refused or not. */
    private static void check(Answer answer, String what, List<String> failures) {
        if (answer.status() >= 500) {
            failures.add(what + " → " + answer.status() + " " + abbreviate(answer.body()));
            return;
        }
        if (answer.status() < 400) {
            return;
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            failures.add(what + " → " + answer.status() + " as '" + answer.contentType() + "', not problem+json: "
                    + abbreviate(answer.body()));
            return;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (problem.path("status").asInt() != answer.status() || problem.path("title").asText().isEmpty()) {
                failures.add(what + " → problem without matching status and title: " + abbreviate(answer.body()));
            }
        } catch (IOException e) {
            failures.add(what + " → problem+json that is not JSON: " + abbreviate(answer.body()));
            return;
        }
        Matcher internal = JAVA_INTERNALS.matcher(answer.body());
        if (internal.find()) {
            failures.add(what + " → names Java internals ('" + internal.group() + "'): " + abbreviate(answer.body()));
        }
    }

    /** The path with its parameters filled: real records for bodies (all refused), nothing for bodiless actions. */
    private static String pathFor(JsonNode api, JsonNode pathItem, JsonNode operation, String template,
                                  boolean bodiless) {
        String path = template;
        for (JsonNode parameter : parameters(api, pathItem, operation)) {
            if (!"path".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.get("name").asText();
            String value;
            if (bodiless) {
                value = "integer".equals(parameter.at("/schema/type").asText()) ? NO_SUCH_ID : "no-such-" + name;
            } else {
                value = switch (name) {
                    case "code" -> template.startsWith("/units") ? "hpu" : "wuzhi";
                    case "county" -> "wuzhi";
                    case "username" -> "guoml";
                    case "id" -> template.startsWith("/modules") ? "wuzhi-demo-bases" : "1";
                    default -> "1";
                };
            }
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    private static boolean operationTakesVersionQuery(JsonNode api, JsonNode pathItem, JsonNode operation) {
        for (JsonNode parameter : parameters(api, pathItem, operation)) {
            if ("version".equals(parameter.path("name").asText()) && "query".equals(parameter.path("in").asText())) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> parameters(JsonNode api, JsonNode pathItem, JsonNode operation) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode source : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            source.forEach(parameter -> all.add(resolve(api, parameter)));
        }
        return all;
    }

    /** Follows {@code $ref} and a single {@code allOf}, as the document uses them. */
    private static JsonNode resolve(JsonNode api, JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < 10; depth++) {
            if (current.has("$ref")) {
                current = api.at(current.get("$ref").asText().substring(1));
            } else if (current.has("allOf")) {
                // an update is its draft together with the version: one object with the fields of all parts
                ObjectNode properties = JSON.createObjectNode();
                current.get("allOf").forEach(part -> properties.setAll((ObjectNode) resolve(api, part).path(
                        "properties")));
                current = JSON.createObjectNode().put("type", "object").set("properties", properties);
            } else {
                return current;
            }
        }
        return current;
    }

    private static String typeOf(JsonNode api, JsonNode property) {
        JsonNode schema = resolve(api, property);
        if (schema.has("enum")) {
            return "enum";
        }
        if ("date".equals(schema.path("format").asText())) {
            return "date";
        }
        if (schema.has("type")) {
            return schema.get("type").asText();
        }
        return "object";
    }

    private long auditLength() throws Exception {
        Answer audit = exchange("GET", "/api/audit?size=1", null, Map.of());
        assertTrue("the audit trail is readable: " + audit, audit.status() == 200);
        return JSON.readTree(audit.body()).get("total").asLong();
    }

    /** The document exactly as the REST bundle ships it. */
    private JsonNode openApi() throws IOException {
        for (Bundle bundle : bundleContext.getBundles()) {
            if ("io.tepai.rest".equals(bundle.getSymbolicName())) {
                URL entry = bundle.getEntry("openapi.json");
                assertTrue("the REST bundle ships openapi.json", entry != null);
                try (InputStream in = entry.openStream()) {
                    return JSON.readTree(in);
                }
            }
        }
        throw new AssertionError("io.tepai.rest is not installed");
    }

    private Answer exchange(String method, String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        CITY.getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 160 ? text : text.substring(0, 160) + "…(" + text.length() + " chars)";
    }

    private record Request(String uri, String body, String contentType, Map<String, String> headers) {
    }

    private record Answer(int status, String contentType, String body) {
    }
}
