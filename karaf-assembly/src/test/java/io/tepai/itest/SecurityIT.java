package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.Test;

/**
 * Who may do what, in the booted distribution: a role × endpoint matrix with an allowed and a forbidden call
 * per role, the audit trail of writes, account security (no hashes out, lockout) and HTTPS.
 */
public class SecurityIT extends TepaiContainerTest {

    private record Call(String who, String method, String path, String body, int expected) {
    }

    @Test
    public void roleByEndpointMatrix() throws Exception {
        long guoml = specialistId("郭明亮");
        long other = specialistId("李振华");
        ObjectNode self = (ObjectNode) get("/api/specialists/" + guoml, CITY).json();
        String selfPhone = with(self, "phone", "13911112222").toString();
        String selfTier = with(self.deepCopy(), "tierId", "province").toString();
        ObjectNode someoneElse = (ObjectNode) get("/api/specialists/" + other, CITY).json();
        String hpuSpecialist = newSpecialist("hpu");
        String jzuSpecialist = newSpecialist("jzu");

        List<Call> calls = List.of(
                // anonymous: published reference data only
                new Call(null, "GET", "/api/counties", null, 200),
                new Call(null, "GET", "/api/specialists", null, 401),
                new Call(null, "PUT", "/api/counties/wuzhi", industries("wuzhi"), 401),
                // county: its own county, nothing else
                new Call(WUZHI, "PUT", "/api/counties/wuzhi", industries("wuzhi"), 200),
                new Call(WUZHI, "PUT", "/api/counties/xiuwu", industries("xiuwu"), 403),
                new Call(XIUWU, "PUT", "/api/counties/xiuwu", industries("xiuwu"), 200),
                new Call(WUZHI, "POST", "/api/specialists", hpuSpecialist, 403),
                new Call(WUZHI, "GET", "/api/accounts", null, 403),
                // unit: itself and its own specialists
                new Call(HPU, "PUT", "/api/units/hpu", unit("hpu"), 200),
                new Call(HPU, "PUT", "/api/units/jzu", unit("jzu"), 403),
                new Call(HPU, "POST", "/api/specialists", jzuSpecialist, 403),
                // R-REC-2: a unit registers candidates; appointing is the city's
                new Call(HPU, "POST", "/api/specialists", hpuSpecialist.replace("CANDIDATE", "ACTIVE"), 403),
                new Call(HPU, "PUT", "/api/counties/wuzhi", industries("wuzhi"), 403),
                // specialist: own contact data, not tier, not others
                new Call(SPECIALIST, "GET", "/api/specialists?county=wuzhi", null, 200),
                new Call(SPECIALIST, "PUT", "/api/specialists/" + guoml, selfPhone, 200),
                new Call(SPECIALIST, "PUT", "/api/specialists/" + guoml, selfTier, 403),
                new Call(SPECIALIST, "PUT", "/api/specialists/" + other, someoneElse.toString(), 403),
                new Call(SPECIALIST, "GET", "/api/audit", null, 403),
                // auditor: reads everything, changes nothing
                new Call(AUDITOR, "GET", "/api/accounts", null, 200),
                new Call(AUDITOR, "GET", "/api/audit", null, 200),
                new Call(AUDITOR, "PUT", "/api/counties/wuzhi", industries("wuzhi"), 403),
                new Call(AUDITOR, "POST", "/api/accounts", account("auditor-made", "CITY", ""), 403),
                // city: everything
                new Call(CITY, "PUT", "/api/counties/xiuwu", industries("xiuwu"), 200),
                new Call(CITY, "PUT", "/api/units/jzu", unit("jzu"), 200),
                new Call(CITY, "PUT", "/api/specialists/" + other, someoneElse.toString(), 200),
                new Call(CITY, "GET", "/api/audit", null, 200),
                new Call(CITY, "GET", "/api/accounts/wuzhi", null, 200),
                // every role x family: the forbidden side not covered above
                new Call(null, "GET", "/api/accounts", null, 401),
                new Call(null, "GET", "/api/audit", null, 401),
                new Call(null, "POST", "/api/units", unit("anon-unit"), 401),
                new Call(WUZHI, "PUT", "/api/units/hpu", unit("hpu"), 403),
                new Call(WUZHI, "GET", "/api/audit", null, 403),
                new Call(WUZHI, "GET", "/api/specialists?county=xiuwu", null, 200),
                new Call(HPU, "GET", "/api/accounts", null, 403),
                new Call(HPU, "GET", "/api/audit", null, 403),
                new Call(HPU, "GET", "/api/counties/wuzhi", null, 200),
                new Call(SPECIALIST, "PUT", "/api/counties/wuzhi", industries("wuzhi"), 403),
                new Call(SPECIALIST, "PUT", "/api/units/hpu", unit("hpu"), 403),
                new Call(SPECIALIST, "GET", "/api/accounts", null, 403),
                new Call(AUDITOR, "PUT", "/api/units/hpu", unit("hpu"), 403),
                new Call(AUDITOR, "PUT", "/api/specialists/" + other, someoneElse.toString(), 403),
                new Call(AUDITOR, "GET", "/api/specialists/" + other, null, 200));

        List<String> wrong = new ArrayList<>();
        for (Call call : calls) {
            Reply reply = send(call.method(), call.path(), call.who(), call.body());
            if (reply.status() != call.expected()) {
                wrong.add(call + " -> " + reply);
            } else if (reply.status() == 403) {
                JsonNode problem = reply.json();
                if (!reply.contentType().startsWith("application/problem+json")
                        || problem.path("missingScope").asText().isEmpty()) {
                    wrong.add(call + " -> 403 without a problem naming the missing scope: " + reply);
                }
            }
        }
        assertTrue(String.join("\n", wrong), wrong.isEmpty());
        assertEquals("13911112222", get("/api/specialists/" + guoml, CITY).json().get("phone").asText());
    }

    @Test
    public void unitCreatesItsOwnSpecialist() throws Exception {
        Reply created = send("POST", "/api/specialists", HPU, newSpecialist("hpu"));
        assertEquals(created.toString(), 201, created.status());
        long id = created.json().get("id").asLong();
        assertEquals(204, send("DELETE", "/api/specialists/" + id + "?version=1", HPU, null).status());
    }

    @Test
    public void unauthenticatedWriteGets401WithChallenge() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + HTTP_PORT + "/api/units"))
                .POST(HttpRequest.BodyPublishers.ofString(unit("x"))).header("Content-Type", "application/json")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    public void everyWriteLeavesExactlyOneAuditRecordAndAFailedWriteNone() throws Exception {
        String code = "audit-" + System.nanoTime() % 100000;
        Reply created = send("POST", "/api/units", CITY, "{\"code\":\"" + code
                + "\",\"nameZh\":\"审计测试单位\",\"type\":\"OTHER\"}");
        assertEquals(201, created.status());
        JsonNode trail = audit("DispatchingUnit", code);
        assertEquals(1, trail.get("total").asInt());
        JsonNode record = trail.at("/items/0");
        assertEquals("create", record.get("action").asText());
        assertEquals("city", record.get("actor").asText());
        assertEquals("city", record.get("scope").asText());
        assertEquals("审计测试单位", record.at("/changes/nameZh/after").asText());

        Reply stale = send("PUT", "/api/units/" + code, CITY, "{\"version\":99,\"code\":\"" + code
                + "\",\"nameZh\":\"改名\",\"type\":\"OTHER\"}");
        assertEquals(409, stale.status());
        Reply forbidden = send("PUT", "/api/units/" + code, HPU, "{\"version\":1,\"code\":\"" + code
                + "\",\"nameZh\":\"改名\",\"type\":\"OTHER\"}");
        assertEquals(403, forbidden.status());
        assertEquals("failed writes leave no record", 1, audit("DispatchingUnit", code).get("total").asInt());

        Reply renamed = send("PUT", "/api/units/" + code, CITY, "{\"version\":1,\"code\":\"" + code
                + "\",\"nameZh\":\"改名\",\"type\":\"OTHER\"}");
        assertEquals(200, renamed.status());
        JsonNode update = audit("DispatchingUnit", code).at("/items/0");
        assertEquals("update", update.get("action").asText());
        assertEquals("审计测试单位", update.at("/changes/nameZh/before").asText());
        assertEquals("改名", update.at("/changes/nameZh/after").asText());
        assertFalse("unchanged fields are not listed", update.get("changes").has("type"));

        assertEquals(204, send("DELETE", "/api/units/" + code + "?version=2", CITY, null).status());
        assertEquals(3, audit("DispatchingUnit", code).get("total").asInt());
        assertEquals("delete", audit("DispatchingUnit", code).at("/items/0/action").asText());
    }

    @Test
    public void countyAndSpecialistWritesAreAuditedOnceEach() throws Exception {
        long countyBefore = audit("County", "wenxian").get("total").asLong();
        Reply county = send("PUT", "/api/counties/wenxian", CITY, industries("wenxian").replace("]", ",\"审计测试\"]"));
        assertEquals(county.toString(), 200, county.status());
        JsonNode countyTrail = audit("County", "wenxian");
        assertEquals(countyBefore + 1, countyTrail.get("total").asLong());
        assertTrue(countyTrail.at("/items/0/changes/leadingIndustries/after").asText().contains("审计测试"));

        Reply created = send("POST", "/api/specialists", HPU, newSpecialist("hpu"));
        long id = created.json().get("id").asLong();
        ObjectNode specialist = (ObjectNode) created.json();
        specialist.put("email", "audit@example.edu.cn");
        assertEquals(200, send("PUT", "/api/specialists/" + id, HPU, specialist.toString()).status());
        assertEquals(403, send("DELETE", "/api/specialists/" + id + "?version=2", WUZHI, null).status());
        assertEquals(204, send("DELETE", "/api/specialists/" + id + "?version=2", HPU, null).status());
        JsonNode trail = audit("Specialist", String.valueOf(id));
        assertEquals(3, trail.get("total").asInt());
        assertEquals("delete", trail.at("/items/0/action").asText());
        assertEquals("unit:hpu", trail.at("/items/0/scope").asText());
        assertEquals("audit@example.edu.cn", trail.at("/items/1/changes/email/after").asText());
        assertEquals(1, trail.at("/items/1/changes").size());
        assertEquals("create", trail.at("/items/2/action").asText());
    }

    @Test
    public void eligibilityExceptionReasonIsInTheAuditTrail() throws Exception {
        String junior = newSpecialist("hpu").replace("ASSOCIATE_SENIOR", "JUNIOR").replace("DOCTORATE", "BACHELOR")
                .replace("\"status\"", "\"eligibilityException\":\"直播带货成效突出\",\"status\"");
        Reply created = send("POST", "/api/specialists", HPU, junior);
        assertEquals(created.toString(), 201, created.status());
        long id = created.json().get("id").asLong();
        JsonNode record = audit("Specialist", String.valueOf(id)).at("/items/0");
        assertTrue(record.get("reason").asText().contains("直播带货成效突出"));
        assertTrue(record.get("reason").asText().contains("R-ELIG-1"));
        send("DELETE", "/api/specialists/" + id + "?version=1", CITY, null);
    }

    @Test
    public void accountResponsesNeverContainAPasswordOrHash() throws Exception {
        String name = "nh" + System.nanoTime() % 100000;
        List<Reply> replies = new ArrayList<>();
        replies.add(send("POST", "/api/accounts", CITY, account(name, "COUNTY", "wenxian")));
        replies.add(get("/api/accounts/" + name, CITY));
        replies.add(get("/api/accounts?size=200", AUDITOR));
        replies.add(send("PUT", "/api/accounts/" + name + "/password", CITY,
                "{\"password\":\"another-secret-1\",\"version\":1}"));
        replies.add(send("PUT", "/api/accounts/" + name + "/binding", CITY,
                "{\"role\":\"UNIT\",\"scope\":\"hpu\",\"version\":2}"));
        replies.add(send("PUT", "/api/accounts/" + name + "/enabled", CITY, "{\"enabled\":false,\"version\":3}"));
        replies.add(get("/api/audit?entity=Account&id=" + name, CITY));
        for (Reply reply : replies) {
            assertTrue(reply.toString(), reply.status() < 300);
            String body = reply.body().toLowerCase();
            assertFalse(reply.toString(), body.contains("pbkdf2") || body.contains("password\":")
                    || body.contains("secret") || body.contains("hash"));
        }
        assertEquals("UNIT", get("/api/accounts/" + name, CITY).json().get("role").asText());
        assertEquals(4, audit("Account", name).get("total").asInt());
        assertEquals(401, get("/api/specialists", name + ":another-secret-1").status());
    }

    @Test
    public void repeatedFailedSignInsLockTheAccountUntilTheCityEnablesIt() throws Exception {
        String name = "locked" + System.nanoTime() % 100000;
        assertEquals(201, send("POST", "/api/accounts", CITY, account(name, "AUDITOR", "")).status());
        String good = name + ":a-good-password";
        assertEquals(200, get("/api/specialists?size=1", good).status());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, get("/api/specialists?size=1", name + ":wrong").status());
        }
        assertEquals("locked: even the right password is refused", 401, get("/api/specialists?size=1", good).status());
        JsonNode account = get("/api/accounts/" + name, CITY).json();
        assertFalse(account.get("lockedUntil").isNull());
        assertEquals("lock", audit("Account", name).at("/items/0/action").asText());
        Reply enabled = send("PUT", "/api/accounts/" + name + "/enabled", CITY,
                "{\"enabled\":true,\"version\":" + account.get("version").asLong() + "}");
        assertEquals(enabled.toString(), 200, enabled.status());
        assertEquals(200, get("/api/specialists?size=1", good).status());
    }

    @Test
    public void consoleCommandsObeyTheirAcl() throws Exception {
        String county = consoleAs("wuzhi", "tepai:counties", "county", "county:wuzhi", "ssh");
        assertTrue(county, county.contains("wuzhi"));
        String cityOnly = consoleAs("wuzhi", "tepai:account-disable xiuwu", "county", "county:wuzhi", "ssh");
        assertTrue(cityOnly, cityOnly.contains("Refused") || cityOnly.toLowerCase().contains("insufficient"));
        assertTrue(get("/api/accounts/xiuwu", CITY).json().get("enabled").asBoolean());
        String adminCommand = consoleAs("wuzhi", "bundle:list", "county", "county:wuzhi", "ssh");
        assertTrue(adminCommand, adminCommand.contains("Refused") || adminCommand.toLowerCase().contains("insufficient"));
        for (String adminOnly : new String[] {"shell:cat etc/users.properties", "feature:repo-add mvn:x/y/1/xml",
                "config:list"}) {
            String refused = consoleAs("wuzhi", adminOnly, "county", "county:wuzhi", "ssh");
            assertTrue(adminOnly + ": " + refused, refused.contains("Refused")
                    || refused.toLowerCase().contains("insufficient"));
        }
        String admin = consoleAs("admin", "bundle:list -s", "admin", "ssh");
        assertTrue(admin, admin.contains("io.tepai.core"));
    }

    @Test
    public void httpsServesTheApi() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("tepai.itest.keystore")))) {
            trusted.load(in, KEYSTORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        HttpResponse<String> response = HttpClient.newBuilder().sslContext(tls).build().send(
                HttpRequest.newBuilder(URI.create("https://localhost:" + HTTPS_PORT + "/api/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"database\":\"UP\""));
    }

    private JsonNode audit(String entity, String id) throws Exception {
        return get("/api/audit?entity=" + entity + "&id=" + id, AUDITOR).json();
    }

    private long specialistId(String name) throws Exception {
        for (JsonNode specialist : get("/api/specialists?size=200", CITY).json().get("items")) {
            if (name.equals(specialist.get("name").asText())) {
                return specialist.get("id").asLong();
            }
        }
        throw new AssertionError("no demo specialist " + name);
    }

    private static ObjectNode with(ObjectNode node, String field, String value) {
        node.put(field, value);
        return node;
    }

    private String industries(String county) throws Exception {
        JsonNode current = get("/api/counties/" + county, null).json();
        return "{\"leadingIndustries\":" + current.get("leadingIndustries") + ",\"version\":"
                + current.get("version").asLong() + "}";
    }

    private String unit(String code) throws Exception {
        Reply current = get("/api/units/" + code, null);
        if (current.status() != 200) {
            return "{\"code\":\"" + code + "\",\"nameZh\":\"测试\",\"type\":\"OTHER\"}";
        }
        return current.body();
    }

    private static String account(String username, String role, String scope) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"测试账号\",\"role\":\"" + role
                + "\",\"scope\":\"" + scope + "\",\"password\":\"a-good-password\"}";
    }

    private static String newSpecialist(String unit) {
        return "{\"name\":\"矩阵测试\",\"unitCode\":\"" + unit + "\",\"titleLevel\":\"ASSOCIATE_SENIOR\","
                + "\"title\":\"副教授\",\"degree\":\"DOCTORATE\",\"fields\":[\"权限测试\"],\"tierId\":\"city\","
                + "\"classification\":\"PUBLIC_WELFARE\",\"counties\":[\"boai\"],"
                + "\"serviceExperience\":\"三年\",\"status\":\"CANDIDATE\"}";
    }
}
