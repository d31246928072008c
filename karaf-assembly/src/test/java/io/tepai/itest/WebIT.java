package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;

/**
 * The web pages over plain HTTP (issue 16): the session cookie a sign-in sets, CSRF on writes from a session,
 * sign-out, the pages' Content-Security-Policy and the two message bundles. The pages in a real browser are
 * {@code WebBrowserIT}'s.
 */
public class WebIT extends TepaiContainerTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A signed-in page: its cookies as the browser sends them back, and the CSRF token it repeats. */
    private record Page(String cookies, String csrf) {
    }

    @Test
    public void signInSetsAnHttpOnlySameSiteStrictSessionCookie() throws Exception {
        HttpResponse<String> reply = call("POST", "/api/session", null, null, "{\"username\":\"wuzhi\",\"password\":\"wuzhi\"}");
        assertEquals(reply.body(), 200, reply.statusCode());
        List<String> cookies = reply.headers().allValues("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith("TEPAI_SESSION=")).findFirst().orElseThrow();
        assertTrue(session, session.contains("; HttpOnly") && session.contains("; SameSite=Strict")
                && session.contains("; Path=/"));
        // the CSRF cookie is for the page's script to read and repeat: same site only, but not HttpOnly
        String csrf = cookies.stream().filter(c -> c.startsWith("TEPAI_CSRF=")).findFirst().orElseThrow();
        assertTrue(csrf, csrf.contains("; SameSite=Strict") && !csrf.contains("HttpOnly"));
        assertEquals("wuzhi", JSON.readTree(reply.body()).get("username").asText());

        Page page = page(reply);
        JsonNode who = JSON.readTree(call("GET", "/api/session", page, null, null).body());
        assertEquals("wuzhi", who.get("username").asText());
        assertTrue(who.toString(), who.get("roles").toString().contains("\"county:wuzhi\""));
        // a session reads what its account may read
        assertEquals(200, call("GET", "/api/logs?status=SUBMITTED", page, null, null).statusCode());
    }

    @Test
    public void aWriteFromASessionNeedsTheCsrfHeader() throws Exception {
        Page page = signIn("wuzhi");
        HttpResponse<String> forged = call("POST", "/api/logs", new Page(page.cookies(), null), null, "{}");
        assertEquals(forged.body(), 403, forged.statusCode());
        assertEquals("application/problem+json", forged.headers().firstValue("Content-Type").orElse(""));
        assertTrue(forged.body(), forged.body().contains("X-CSRF-Token"));
        assertEquals(403, call("POST", "/api/logs", new Page(page.cookies(), "not-the-token"), null, "{}")
                .statusCode());
        // with the header the session is signed in for writes: the service itself answers (the log is invalid)
        HttpResponse<String> written = call("POST", "/api/logs", page, null, "{}");
        assertEquals(written.body(), 400, written.statusCode());
        assertTrue(written.body(), written.body().contains("\"field\":\"specialistId\""));
    }

    @Test
    public void signOutEndsTheSession() throws Exception {
        Page page = signIn("guoml");
        assertEquals(403, call("DELETE", "/api/session", new Page(page.cookies(), null), null, null).statusCode());
        HttpResponse<String> out = call("DELETE", "/api/session", page, null, null);
        assertEquals(out.body(), 204, out.statusCode());
        assertTrue(out.headers().allValues("Set-Cookie").toString(),
                out.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("TEPAI_SESSION=;")
                        && c.contains("Max-Age=0")));
        HttpResponse<String> after = call("GET", "/api/session", page, null, null);
        assertEquals(401, after.statusCode());
        // to a page no Basic challenge, which would make the browser ask for credentials itself
        assertTrue(after.headers().firstValue("WWW-Authenticate").isEmpty());
        // public reads still answer with the dead cookie
        assertEquals(200, call("GET", "/api/evaluations/public", page, null, null).statusCode());
    }

    @Test
    public void aWrongPasswordIs401WithoutABasicChallengeAndBasicStillWorks() throws Exception {
        HttpResponse<String> wrong = call("POST", "/api/session", null, null,
                "{\"username\":\"wuzhi\",\"password\":\"wrong\"}");
        assertEquals(401, wrong.statusCode());
        assertEquals("application/problem+json", wrong.headers().firstValue("Content-Type").orElse(""));
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").isEmpty());
        assertTrue(wrong.headers().allValues("Set-Cookie").isEmpty());
        HttpResponse<String> basic = call("GET", "/api/session", null, WUZHI, null);
        assertEquals(200, basic.statusCode());
        assertEquals("wuzhi", JSON.readTree(basic.body()).get("username").asText());
    }

    @Test
    public void pagesCarryAContentSecurityPolicyWithoutInlineScript() throws Exception {
        for (String path : List.of("/web/", "/web/index.html", "/web/signin.html", "/web/county.html",
                "/web/specialist.html", "/web/rounds.html", "/web/modules.html", "/web/area.html", "/web/city.html",
                "/web/audit.html", "/web/unit.html", "/web/recruitment.html", "/web/mywork.html", "/web/chart.js",
                "/web/app.js", "/web/messages_zh.json")) {
            HttpResponse<String> reply = call("GET", path, null, null, null);
            assertEquals(path, 200, reply.statusCode());
            String csp = reply.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(path + ": " + csp, csp.contains("script-src 'self'") && csp.contains("default-src 'self'"));
            assertFalse(path + ": " + csp, csp.contains("unsafe-inline") || csp.contains("unsafe-eval"));
        }
        assertTrue(call("GET", "/web/app.js", null, null, null).headers().firstValue("Content-Type").orElse("")
                .startsWith("text/javascript"));
        assertEquals(302, call("GET", "/web", null, null, null).statusCode());
        // nothing but the pages' own files
        assertEquals(404, call("GET", "/web/nothing.html", null, null, null).statusCode());
        assertEquals(404, call("GET", "/web/OSGI-INF/io.tepai.web.internal.PageServlet.xml", null, null, null)
                .statusCode());
    }

    @Test
    public void chineseAndEnglishMessagesHaveTheSameKeys() throws Exception {
        JsonNode zh = JSON.readTree(call("GET", "/web/messages_zh.json", null, null, null).body());
        JsonNode en = JSON.readTree(call("GET", "/web/messages_en.json", null, null, null).body());
        Set<String> zhKeys = new TreeSet<>();
        zh.fieldNames().forEachRemaining(zhKeys::add);
        Set<String> enKeys = new TreeSet<>();
        en.fieldNames().forEachRemaining(enKeys::add);
        assertTrue(zhKeys.toString(), zhKeys.size() > 40);
        assertEquals(zhKeys, enKeys);
        assertEquals("登录", zh.get("signin.title").asText());
        assertEquals("Sign in", en.get("signin.title").asText());
    }

    private Page signIn(String user) throws Exception {
        HttpResponse<String> reply = call("POST", "/api/session", null, null,
                "{\"username\":\"" + user + "\",\"password\":\"" + user + "\"}");
        assertEquals(reply.body(), 200, reply.statusCode());
        return page(reply);
    }

    private static Page page(HttpResponse<String> signIn) {
        List<String> pairs = signIn.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList();
        String csrf = pairs.stream().filter(p -> p.startsWith("TEPAI_CSRF=")).map(p -> p.substring(11)).findFirst()
                .orElseThrow();
        return new Page(String.join("; ", pairs), csrf);
    }

    private HttpResponse<String> call(String method, String path, Page page, String basic, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (page != null) {
            request.header("Cookie", page.cookies());
            if (page.csrf() != null) {
                request.header("X-CSRF-Token", page.csrf());
            }
        }
        if (basic != null) {
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
