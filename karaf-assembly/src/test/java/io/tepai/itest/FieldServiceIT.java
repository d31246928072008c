package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.Test;

/**
 * Service in the field end to end (R-SVC-1..3, R-ESC-1): a log's lifecycle across the specialist's and the
 * county's accounts, progress against hand-computed numbers, request escalation, scoping and the CSV exports.
 */
public class FieldServiceIT extends TepaiContainerTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private long guoml() throws Exception {
        return get("/api/specialists?q=%E9%83%AD%E6%98%8E%E4%BA%AE", CITY).json().at("/items/0/id").asLong(); // 郭明亮
    }

    private static String log(long specialist, String county, LocalDate start, LocalDate end, String days) {
        return "{\"specialistId\":" + specialist + ",\"county\":\"" + county + "\",\"startDate\":\"" + start
                + "\",\"endDate\":\"" + end + "\",\"fieldDays\":" + days + ",\"kind\":\"TECHNICAL_GUIDANCE\","
                + "\"description\":\"容器测试：冷链包装指导\",\"outcomes\":{\"farmersTrained\":12}}";
    }

    /**
     * 郭明亮 as the demo dispatches him to 武陟县 this year, and (by this fixture, whichever test runs first) last
     * year too, so that logs on last year's days there lie within a dispatch (R-SVC-1).
     */
    private long guomlDispatchedLastYear() throws Exception {
        long me = guoml();
        Reply dispatched = send("POST", "/api/assignments", CITY, "{\"specialistId\":" + me
                + ",\"county\":\"wuzhi\",\"year\":" + (TODAY.getYear() - 1) + "}");
        assertTrue(dispatched.toString(), dispatched.status() == 201 || dispatched.status() == 409);
        return me;
    }

    private JsonNode act(String path, String credentials, String body, int expected) throws Exception {
        Reply reply = send("POST", path, credentials, body);
        assertEquals(reply.toString(), expected, reply.status());
        return reply.json();
    }

    @Test
    public void R_SVC_3_aLogIsEvidenceOnlyOnceTheCountyConfirmsIt() throws Exception {
        long me = guomlDispatchedLastYear();
        // a day far enough back in the demo's past that no generated log of 郭明亮 falls on it
        LocalDate day = TODAY.minusYears(1).withDayOfMonth(10);
        JsonNode draft = act("/api/logs", SPECIALIST, log(me, "wuzhi", day, day, "1"), 201);
        long id = draft.get("id").asLong();
        assertEquals("DRAFT", draft.get("status").asText());

        Reply twice = send("POST", "/api/logs", SPECIALIST, log(me, "wuzhi", day, day, "1"));
        assertEquals("one place a day: " + twice, 400, twice.status());
        Reply future = send("POST", "/api/logs", SPECIALIST, log(me, "wuzhi", TODAY.plusDays(1), TODAY.plusDays(1), "1"));
        assertEquals(400, future.status());
        Reply tooMany = send("POST", "/api/logs", SPECIALIST, log(me, "wuzhi", day.plusDays(1), day.plusDays(1), "1.5"));
        assertEquals(400, tooMany.status());
        assertEquals(403, send("POST", "/api/logs", WUZHI, log(me, "wuzhi", day.plusDays(2), day.plusDays(2), "1"))
                .status());

        JsonNode submitted = act("/api/logs/" + id + "/submit", SPECIALIST, "{\"version\":1}", 200);
        Reply otherCounty = send("POST", "/api/logs/" + id + "/confirm", XIUWU,
                "{\"version\":" + submitted.get("version").asLong() + ",\"satisfaction\":5}");
        assertEquals(otherCounty.toString(), 403, otherCounty.status());
        JsonNode returned = act("/api/logs/" + id + "/return", WUZHI, "{\"version\":"
                + submitted.get("version").asLong() + ",\"comment\":\"请补充培训人数\"}", 200);
        assertEquals("RETURNED", returned.get("status").asText());

        ObjectNode changed = (ObjectNode) JSON.readTree(log(me, "wuzhi", day, day, "0.5"));
        changed.put("version", returned.get("version").asLong());
        JsonNode edited = JSON.readTree(send("PUT", "/api/logs/" + id, SPECIALIST, changed.toString()).body());
        JsonNode again = act("/api/logs/" + id + "/submit", SPECIALIST, "{\"version\":"
                + edited.get("version").asLong() + "}", 200);
        JsonNode confirmed = act("/api/logs/" + id + "/confirm", WUZHI, "{\"version\":"
                + again.get("version").asLong() + ",\"satisfaction\":4,\"comment\":\"指导到位\"}", 200);
        assertEquals("CONFIRMED", confirmed.get("status").asText());
        assertEquals(4, confirmed.get("satisfaction").asInt());
        assertEquals("wuzhi", confirmed.get("confirmedBy").asText());
        assertEquals(0.5, confirmed.get("fieldDays").asDouble(), 0.0);
        assertEquals(403, get("/api/logs/" + id, XIUWU).status());
        assertEquals(200, get("/api/logs/" + id, SPECIALIST).status());
        Reply audit = get("/api/audit?entity=ServiceLog&id=" + id, AUDITOR);
        assertTrue(audit.body(), audit.json().get("total").asInt() >= 6);
    }

    @Test
    public void R_SVC_1_serviceWhereTheSpecialistWasNotSentIsConfirmedOnlyWithTheCountysReason() throws Exception {
        long me = guoml(); // dispatched to 武陟县 only
        LocalDate day = TODAY.minusYears(1).withDayOfMonth(25);
        JsonNode log = act("/api/logs", SPECIALIST, log(me, "xiuwu", day, day, "1"), 201);
        long id = log.get("id").asLong();
        JsonNode submitted = act("/api/logs/" + id + "/submit", SPECIALIST, "{\"version\":1}", 200);
        String version = "{\"version\":" + submitted.get("version").asLong();

        Reply refused = send("POST", "/api/logs/" + id + "/confirm", XIUWU, version + "}");
        assertEquals(refused.toString(), 422, refused.status());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertEquals("R-SVC-1", refused.json().get("rule").asText());
        assertEquals("SUBMITTED", get("/api/logs/" + id, XIUWU).json().get("status").asText());

        JsonNode confirmed = act("/api/logs/" + id + "/confirm", XIUWU, version
                + ",\"outsideDispatchReason\":\"按四大怀药服务团与修武县协议，团队成员跨县服务\"}", 200);
        assertEquals("CONFIRMED", confirmed.get("status").asText());
        assertEquals("按四大怀药服务团与修武县协议，团队成员跨县服务", confirmed.get("outsideDispatchReason").asText());
        assertTrue(get("/api/audit?entity=ServiceLog&id=" + id, AUDITOR).body().contains("团队成员跨县服务"));
    }

    /** A new city-tier specialist of jzu, assigned to the county for the year: a fixture of the test's own. */
    private long assignedSpecialist(String name, String county, int year) throws Exception {
        Reply created = send("POST", APPOINTED_BY_EXCEPTION, CITY, appointedBefore("{\"name\":\"" + name
                + "\",\"unitCode\":\"jzu\","
                + "\"titleLevel\":\"INTERMEDIATE\",\"title\":\"农艺师\",\"degree\":\"BACHELOR\",\"fields\":[\"测试\"],"
                + "\"sectors\":[\"PRIMARY\"],\"chainSegments\":[\"PRODUCTION\"],\"tierId\":\"city\","
                + "\"classification\":\"PUBLIC_WELFARE\",\"counties\":[\"" + county + "\"],\"serviceExperience\":\"三年\","
                + "\"status\":\"ACTIVE\"}"));
        assertEquals(created.toString(), 201, created.status());
        long id = created.json().get("id").asLong();
        act("/api/assignments", CITY, "{\"specialistId\":" + id + ",\"county\":\"" + county + "\",\"year\":" + year
                + "}", 201);
        return id;
    }

    /** A log the county confirmed, written, submitted and confirmed by the city office. */
    private void confirmedLog(long specialist, String county, LocalDate start, LocalDate end, String days)
            throws Exception {
        JsonNode log = act("/api/logs", CITY, log(specialist, county, start, end, days), 201);
        log = act("/api/logs/" + log.get("id").asLong() + "/submit", CITY, "{\"version\":1}", 200);
        act("/api/logs/" + log.get("id").asLong() + "/confirm", CITY, "{\"version\":" + log.get("version").asLong()
                + "}", 200);
    }

    /** The progress row of one specialist, by id. */
    private static JsonNode row(JsonNode progress, long specialist) {
        for (JsonNode row : progress.get("specialists")) {
            if (row.get("specialistId").asLong() == specialist) {
                return row;
            }
        }
        throw new AssertionError("no progress row for specialist " + specialist + " in " + progress);
    }

    @Test
    public void R_SVC_2_progressMatchesHandComputedNumbersOnAFixture() throws Exception {
        int lastYear = TODAY.getYear() - 1;
        long id = assignedSpecialist("进度测试专家", "macun", lastYear);
        LocalDate march = LocalDate.of(lastYear, 3, 2);
        String[][] logs = {{"0", "1", "2"}, {"10", "10", "1"}, {"20", "20", "0.5"}, {"30", "30", "1"}};
        for (int i = 0; i < 3; i++) {
            confirmedLog(id, "macun", march.plusDays(Long.parseLong(logs[i][0])),
                    march.plusDays(Long.parseLong(logs[i][1])), logs[i][2]);
        }
        // the fourth stays submitted and must not count
        LocalDate fourth = march.plusDays(Long.parseLong(logs[3][0]));
        JsonNode submitted = act("/api/logs", CITY, log(id, "macun", fourth, fourth, logs[3][2]), 201);
        act("/api/logs/" + submitted.get("id").asLong() + "/submit", CITY, "{\"version\":1}", 200);

        JsonNode progress = get("/api/progress?year=" + lastYear + "&county=macun", CITY).json();
        assertEquals(1.0, progress.get("shareElapsed").asDouble(), 0.0);
        JsonNode mine = row(progress, id);
        assertEquals(3.5, mine.get("fieldDays").asDouble(), 0.0);
        assertEquals(3, mine.get("services").asInt());
        assertEquals(30.0, mine.get("minFieldDays").asDouble(), 0.0);
        assertEquals(12, mine.get("minServices").asInt());
        assertEquals("BEHIND", mine.get("status").asText());
        assertTrue(progress.get("behind").toString().contains("\"specialistId\":" + id + ","));

        Reply csv = send("GET", "/api/progress?year=" + lastYear + "&county=macun", CITY, null, "text/csv");
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        String fixtureLine = csv.body().lines().filter(line -> line.contains("进度测试专家")).findFirst()
                .orElseThrow(() -> new AssertionError("no line of the fixture in\n" + csv.body()));
        assertTrue(fixtureLine, fixtureLine.contains("BEHIND"));
        Reply forbidden = get("/api/progress?year=" + lastYear + "&county=macun", WUZHI);
        assertEquals(forbidden.toString(), 403, forbidden.status());
    }

    @Test
    public void R_SVC_2_eitherThresholdMeetsTheYearAndAShortfallInBothIsBehind() throws Exception {
        // a past year on fixtures of the test's own: 30 field days or 12 services (city tier), either suffices
        int lastYear = TODAY.getYear() - 1;
        long byDays = assignedSpecialist("天数达标专家", "boai", lastYear);
        long byServices = assignedSpecialist("次数达标专家", "boai", lastYear);
        long behind = assignedSpecialist("进度落后专家", "boai", lastYear);
        LocalDate april = LocalDate.of(lastYear, 4, 1);
        confirmedLog(byDays, "boai", april, april.plusDays(29), "30");
        for (int i = 0; i < 12; i++) {
            confirmedLog(byServices, "boai", april.plusDays(2 * i), april.plusDays(2 * i), "0.5");
        }
        confirmedLog(behind, "boai", april, april.plusDays(9), "10");

        JsonNode progress = get("/api/progress?year=" + lastYear + "&county=boai", CITY).json();
        JsonNode days = row(progress, byDays);
        assertEquals(days.toString(), "MET", days.get("status").asText());
        assertEquals(1, days.get("services").asInt());
        JsonNode services = row(progress, byServices);
        assertEquals(services.toString(), "MET", services.get("status").asText());
        assertEquals(6.0, services.get("fieldDays").asDouble(), 0.0);
        JsonNode shortfall = row(progress, behind);
        assertEquals(shortfall.toString(), "BEHIND", shortfall.get("status").asText());
        String behindList = progress.get("behind").toString();
        assertTrue(behindList, behindList.contains("\"specialistId\":" + behind + ","));
        assertFalse(behindList, behindList.contains("\"specialistId\":" + byDays + ","));
        assertFalse(behindList, behindList.contains("\"specialistId\":" + byServices + ","));
    }

    @Test
    public void R_ESC_1_aRequestGoesUpAndIsResolvedWithEveryStepTimestamped() throws Exception {
        long me = guoml();
        JsonNode raised = act("/api/requests", SPECIALIST, "{\"specialistId\":" + me + ",\"county\":\"wuzhi\","
                + "\"problem\":\"容器测试：需要冷库设计专家\",\"urgency\":\"HIGH\"}", 201);
        long id = raised.get("id").asLong();
        assertEquals("unit:hpu", raised.get("holder").asText());
        assertEquals(403, send("POST", "/api/requests/" + id + "/resolve", WUZHI, "{\"version\":"
                + raised.get("version").asLong() + ",\"outcome\":\"x\"}").status());
        JsonNode escalated = act("/api/requests/" + id + "/escalate", HPU, "{\"version\":"
                + raised.get("version").asLong() + ",\"to\":\"city\",\"note\":\"校内无冷库专家\"}", 200);
        assertEquals("city", escalated.get("holder").asText());
        assertEquals("ESCALATED", escalated.get("status").asText());
        JsonNode resolved = act("/api/requests/" + id + "/resolve", CITY, "{\"version\":"
                + escalated.get("version").asLong() + ",\"outcome\":\"协调市农科院冷链专家到场\"}", 200);
        assertEquals("RESOLVED", resolved.get("status").asText());
        assertEquals(3, resolved.get("steps").size());
        for (JsonNode step : resolved.get("steps")) {
            assertTrue(step.toString(), !step.get("at").asText().isEmpty());
        }
        assertEquals(409, send("POST", "/api/requests/" + id + "/close", CITY, "{\"version\":"
                + resolved.get("version").asLong() + ",\"reason\":\"x\"}").status());
    }

    @Test
    public void readsAreScopedAndLogsExportAsCsv() throws Exception {
        assertEquals(403, get("/api/logs?county=wuzhi", XIUWU).status());
        JsonNode xiuwu = get("/api/logs?size=200", XIUWU).json();
        for (JsonNode log : xiuwu.get("items")) {
            assertEquals("xiuwu", log.get("county").asText());
        }
        long me = guoml();
        for (JsonNode log : get("/api/logs?size=50", SPECIALIST).json().get("items")) {
            assertEquals(me, log.get("specialistId").asLong());
        }
        Reply csv = send("GET", "/api/logs?county=xiuwu&status=CONFIRMED", XIUWU, null, "text/csv");
        assertEquals(csv.toString(), 200, csv.status());
        assertTrue(csv.body().replace("\uFEFF", "").startsWith("id,specialist_id,specialist,county"));
        assertTrue(get("/api/recipients?county=wuzhi", WUZHI).json().get("total").asInt() >= 3);
    }

    @Test
    public void aCountyOfficialWorksFromTheConsole() throws Exception {
        JsonNode behind = get("/api/progress?county=wuzhi", WUZHI).json().get("specialists");
        String progress = consoleAs("wuzhi", "tepai:progress --county wuzhi", "county", "county:wuzhi", "ssh");
        assertTrue(progress, progress.contains(behind.get(0).get("name").asText()));
        String refused = consoleAs("wuzhi", "tepai:progress --county xiuwu", "county", "county:wuzhi", "ssh");
        assertTrue(refused, refused.contains("county:xiuwu"));

        long me = guomlDispatchedLastYear();
        LocalDate day = TODAY.minusYears(1).withDayOfMonth(20);
        JsonNode log = act("/api/logs", SPECIALIST, log(me, "wuzhi", day, day, "1"), 201);
        long id = log.get("id").asLong();
        act("/api/logs/" + id + "/submit", SPECIALIST, "{\"version\":1}", 200);
        String confirmed = consoleAs("wuzhi", "tepai:log-confirm --rating 5 " + id, "county", "county:wuzhi", "ssh");
        assertTrue(confirmed, confirmed.contains("confirmed"));
        JsonNode after = get("/api/logs/" + id, WUZHI).json();
        assertEquals("CONFIRMED", after.get("status").asText());
        assertEquals(5, after.get("satisfaction").asInt());
        String listed = consoleAs("guoml", "tepai:logs --status CONFIRMED -n 200", "specialist", "specialist:" + me,
                "ssh");
        assertTrue(listed, listed.contains(String.valueOf(id)));
    }
}
