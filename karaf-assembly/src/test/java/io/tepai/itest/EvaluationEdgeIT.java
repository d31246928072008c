package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.Test;

/**
 * Edge cases of the annual evaluation over HTTP, as the city office. Issue 11.1: computing a round answered 500 when a
 * subject had a criterion that was not scored, e.g. a specialist whose only confirmed log carried no satisfaction
 * rating (R-EVAL-1, R-EVAL-3).
 */
public class EvaluationEdgeIT extends TepaiContainerTest {

    /** Two years back: no demo record and no other container test's fixture (FieldServiceIT uses last year). */
    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 2;

    private JsonNode expect(String method, String path, String body, int status) throws Exception {
        return expect(method, path, CITY, body, status);
    }

    @Test
    public void R_EVAL_3_aRoundWhoseSpecialistHasOnlyAnUnratedConfirmedLogIsComputed() throws Exception {
        JsonNode specialist = expect("POST", APPOINTED_BY_EXCEPTION, appointedBefore("{\"name\":\"未评分测试专家\","
                + "\"unitCode\":\"jzu\","
                + "\"titleLevel\":\"INTERMEDIATE\",\"title\":\"农艺师\",\"degree\":\"BACHELOR\",\"fields\":[\"测试\"],"
                + "\"sectors\":[\"PRIMARY\"],\"chainSegments\":[\"PRODUCTION\"],\"tierId\":\"city\","
                + "\"classification\":\"PUBLIC_WELFARE\",\"counties\":[\"macun\"],\"serviceExperience\":\"三年\","
                + "\"status\":\"ACTIVE\"}"), 201);
        long id = specialist.get("id").asLong();
        expect("POST", "/api/assignments", "{\"specialistId\":" + id + ",\"county\":\"macun\",\"year\":" + YEAR + "}",
                201);
        LocalDate day = LocalDate.of(YEAR, 6, 10);
        JsonNode log = expect("POST", "/api/logs", "{\"specialistId\":" + id + ",\"county\":\"macun\",\"startDate\":\""
                + day + "\",\"endDate\":\"" + day + "\",\"fieldDays\":1,\"kind\":\"TECHNICAL_GUIDANCE\","
                + "\"description\":\"容器测试：未评分的服务\",\"outcomes\":{}}", 201);
        long logId = log.get("id").asLong();
        log = expect("POST", "/api/logs/" + logId + "/submit", "{\"version\":" + log.get("version").asLong() + "}", 200);
        log = expect("POST", "/api/logs/" + logId + "/confirm", "{\"version\":" + log.get("version").asLong() + "}",
                200);
        assertEquals("CONFIRMED", log.get("status").asText());

        JsonNode round = expect("POST", "/api/evaluations/rounds", "{\"year\":" + YEAR
                + ",\"kind\":\"SPECIALIST\",\"county\":\"macun\"}", 201);
        long roundId = round.get("id").asLong();
        Reply computed = send("POST", "/api/evaluations/rounds/" + roundId + "/compute", CITY, null);
        assertEquals("issue 11.1: " + computed, 200, computed.status());
        assertEquals("COMPUTED", computed.json().get("status").asText());
        assertEquals(1, computed.json().get("subjects").asInt());

        JsonNode results = get("/api/evaluations/results?round=" + roundId, CITY).json();
        assertEquals(results.toString(), 1, results.get("total").asInt());
        JsonNode result = results.at("/items/0");
        assertEquals(String.valueOf(id), result.at("/subject/key").asText());
        assertNotNull(result.get("grade").asText(null));
        assertEquals(1, result.get("rank").asInt());
        assertTrue("two decimals: " + result.get("totalScore"), result.get("totalScore").toString().matches("\\d+\\.\\d{2}"));
        JsonNode detail = get("/api/evaluations/results/" + result.get("id").asLong(), CITY).json();
        boolean satisfactionNotScored = false;
        for (JsonNode line : detail.get("breakdown")) {
            if (line.get("criterionId").asText().equals("satisfaction")) {
                satisfactionNotScored = line.get("status").asText().equals("NOT_SCORED")
                        && (line.get("score") == null || line.get("score").isNull());
            }
        }
        assertTrue(detail.toString(), satisfactionNotScored);

        // issue 12.10: a result without a certificate says why (R-EVAL-4), here: the round is not published
        Reply certificate = send("GET", "/api/evaluations/results/" + result.get("id").asLong() + "/certificate",
                CITY, null, "application/pdf");
        assertEquals(certificate.toString(), 404, certificate.status());
        String why = certificate.json().get("detail").asText();
        assertTrue(why, why.contains("has no certificate") && why.contains("R-EVAL-4") && why.contains("COMPUTED"));
    }

    /**
     * The rest of issues 12.10, 12.6 and 11.2 over HTTP: money with two decimals, progress explained in Chinese,
     * readiness once the demo data is loaded, and the city office refused an ADMIN account (403, missingScope admin).
     */
    @Test
    public void moneyProgressReadinessAndAdminAccountsOverHttp() throws Exception {
        Reply tier = get("/api/tiers/city", null);
        // the raw text: a JSON tree would normalise 20000.00 to 2E+4
        assertTrue(tier.body(), tier.body().replace(" ", "").contains("\"annualAmount\":20000.00"));

        JsonNode progress = get("/api/progress?county=wuzhi", WUZHI).json();
        JsonNode first = progress.at("/specialists/0");
        assertTrue(first.toString(), first.get("explanationZh").asText().contains("已确认服务"));
        assertTrue(first.toString(), !first.get("explanation").asText().isEmpty());

        Reply ready = get("/api/health/ready", null);
        assertEquals(ready.toString(), 200, ready.status());
        assertTrue(ready.body(), ready.json().get("ready").asBoolean());
        assertEquals("loaded", ready.json().at("/components/demo").asText());
        assertEquals("UP", ready.json().at("/components/signIn").asText());

        Reply admin = send("POST", "/api/accounts", CITY, "{\"username\":\"root2\",\"displayName\":\"测试\","
                + "\"role\":\"ADMIN\",\"scope\":\"\",\"password\":\"a-good-password\"}");
        assertEquals(admin.toString(), 403, admin.status());
        assertEquals("admin", admin.json().get("missingScope").asText());
        Reply account = get("/api/accounts/admin", CITY);
        Reply reset = send("PUT", "/api/accounts/admin/password", CITY, "{\"password\":\"taken-over-password\","
                + "\"version\":" + account.json().get("version").asLong() + "}");
        assertEquals(reset.toString(), 403, reset.status());
        assertEquals("admin", reset.json().get("missingScope").asText());
    }
}
