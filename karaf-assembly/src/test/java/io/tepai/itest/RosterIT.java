package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

/**
 * The yearly roster adjustment (R-REC-4) end to end, over HTTP and a real ssh console: the demo's draft of next year
 * with all three outcomes; a wish changed by the specialist, a county's request and the roster prepared again from the
 * console; an entry adjusted with a reason; the roster confirmed (a stale version refused first); the exited
 * specialist refused dispatch and service logs (422 naming R-REC-4), gone from coverage, the squad and progress, with
 * their history still readable; Chinese text intact on every path.
 *
 * <p>The whole programme loop of issue 15 runs first (by name order): one candidate from a published 温县 demand to the
 * roster adjustment. It lives here because both tests work on the one roster of next year, which the second confirms.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class RosterIT extends TepaiContainerTest {

    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    private static final int NEXT = YEAR + 1;
    private static final String GUOML = "guoml:guoml";
    private static final String REASON = "容器测试：连续两年服务天数不足，经局长办公会研究调整出库";

    private void assertProblem(Reply reply, int status, String text) {
        assertEquals(reply.toString(), status, reply.status());
        assertTrue(reply.toString(), reply.contentType().startsWith("application/problem+json"));
        assertTrue(reply.toString(), reply.body().contains(text));
    }

    /** The specialists covering the county's leading industries this year, through each cell's drill-down. */
    private java.util.List<JsonNode> covering(String county) throws Exception {
        java.util.List<JsonNode> specialists = new java.util.ArrayList<>();
        JsonNode coverage = get("/api/coverage?year=" + YEAR, CITY).json();
        for (JsonNode row : coverage.get("counties")) {
            if (!row.get("county").asText().equals(county)) {
                continue;
            }
            for (JsonNode industry : row.get("industries")) {
                JsonNode page = get("/api/coverage/" + county + "?size=200&year=" + YEAR + "&industry="
                        + URLEncoder.encode(industry.get("industry").asText(), StandardCharsets.UTF_8), CITY).json();
                assertEquals(page.toString(), industry.get("specialistCount").asLong(), page.get("total").asLong());
                page.get("items").forEach(specialists::add);
            }
        }
        return specialists;
    }

    /** A specialist dispatched to 武陟县 this year who covers a cell of its coverage, and is still renewed. */
    private JsonNode coveringSpecialist() throws Exception {
        JsonNode coverage = get("/api/coverage?year=" + YEAR, CITY).json();
        for (JsonNode specialist : covering("wuzhi")) {
            long id = specialist.get("specialistId").asLong();
            JsonNode entry = get("/api/roster/entries?specialist=" + id, CITY).json().at("/items/0");
            if (!entry.isMissingNode() && !entry.get("outcome").asText().equals("EXIT")
                    && !specialist.get("name").asText().equals("郭明亮")) {
                return entry;
            }
        }
        throw new AssertionError("no 武陟县 specialist covering an industry in the demo: " + coverage);
    }

    private static final String WENXIAN = "wenxian:wenxian";
    /**
     * The journey is dated in programme year 2026: its public notice spans 2026's National Day holiday and the weekend
     * inside it, as etc/io.tepai.calendar.cfg configures them. A later year needs that year's holidays and these dates.
     */
    private static final int JOURNEY_YEAR = 2026;

    private JsonNode ok(String method, String path, String credentials, String body, int status) throws Exception {
        Reply reply = send(method, path, credentials, body);
        assertEquals(method + " " + path + ": " + reply, status, reply.status());
        return reply.json();
    }

    private void refused(String method, String path, String credentials, String body, int status, String rule)
            throws Exception {
        Reply reply = send(method, path, credentials, body);
        assertEquals(method + " " + path + ": " + reply, status, reply.status());
        assertTrue(reply.toString(), reply.contentType().startsWith("application/problem+json"));
        if (rule != null) {
            assertEquals(reply.toString(), rule, reply.json().get("rule").asText());
        }
    }

    private long version(String path) throws Exception {
        return get(path, CITY).json().get("version").asLong();
    }

    private static String step(long version, String kind, String on, String candidates) {
        return "{\"version\":" + version + ",\"kind\":\"" + kind + "\",\"heldOn\":\"" + on + "\","
                + "\"participants\":\"专家组：张教授、李研究员\",\"decision\":\"同意\",\"reason\":\"符合选聘条件\","
                + "\"candidates\":[" + candidates + "]}";
    }

    @Test
    public void R_REC_1_to_4_oneCandidateFromAPublishedWenxianDemandToTheRosterAdjustmentAndEachStepOutOfOrderRefused()
            throws Exception {
        assertEquals("the journey's dates follow the holidays etc/io.tepai.calendar.cfg configures for " + JOURNEY_YEAR,
                JOURNEY_YEAR, YEAR);
        // R-DEM-1: a published 温县 demand, read anonymously
        JsonNode demand = ok("GET", "/api/demands?county=wenxian&status=PUBLISHED", null, null, 200).at("/items/0");
        long demandId = demand.get("id").asLong();
        String demandPath = "/api/demands/" + demandId;

        // the unit enters its candidate and records the contact made (R-DEM-2); no one may appoint them directly
        long specialist = ok("POST", "/api/specialists", HPU, "{\"name\":\"容器测试全程专家\",\"unitCode\":\"hpu\","
                + "\"titleLevel\":\"ASSOCIATE_SENIOR\",\"title\":\"副研究员\",\"degree\":\"MASTER\","
                + "\"fields\":[\"怀药加工\"],\"sectors\":[\"PRIMARY\"],\"chainSegments\":[\"PROCESSING\"],"
                + "\"tierId\":\"city\",\"classification\":\"PUBLIC_WELFARE\",\"counties\":[\"wenxian\"],"
                + "\"serviceExperience\":\"在温县指导怀药加工两年\",\"status\":\"CANDIDATE\"}", 201).get("id").asLong();
        String match = "{\"specialistId\":" + specialist + ",\"note\":\"已与需求方电话沟通，约定十月到村查看\"}";
        long matchId = ok("POST", demandPath + "/matches", HPU, match, 201).get("id").asLong();
        String dispatch = "{\"specialistId\":" + specialist + ",\"county\":\"wenxian\",\"year\":" + JOURNEY_YEAR + "}";
        refused("POST", "/api/assignments", CITY, dispatch, 422, "R-REC-2");

        // R-REC-3: the county confirms the match (two-way selection); serving comes only after a dispatch
        JsonNode matched = ok("POST", demandPath + "/confirm", WENXIAN, "{\"version\":" + version(demandPath)
                + ",\"matchId\":" + matchId + "}", 200);
        assertEquals("MATCHED", matched.get("status").asText());

        // R-REC-1: registered by the unit on the registration form, in the intake's time
        long intake = ok("POST", "/api/intakes", CITY, "{\"year\":" + JOURNEY_YEAR + ",\"title\":\"" + JOURNEY_YEAR
                + "年焦作市科技特派员补充选聘（全程测试）\",\"deadline\":\"2026-09-10\"}", 201).get("id").asLong();
        String intakePath = "/api/intakes/" + intake;
        String registration = "{\"specialistId\":" + specialist + ",\"demandIds\":[" + demandId + "],"
                + "\"confirmedBy\":\"河南理工大学科技处 王处长\",\"confirmedOn\":\"2026-09-08\"}";
        String appoint = "{\"version\":%d,\"on\":\"%s\"}";
        refused("POST", intakePath + "/appointment", CITY, String.format(appoint, version(intakePath), "2026-10-12"),
                422, "R-REC-2");
        long registrationId = ok("POST", intakePath + "/registrations", HPU, registration, 201).get("id").asLong();

        // R-REC-2: each selection step in its order; a later step first is refused
        refused("POST", intakePath + "/steps", CITY, step(version(intakePath), "MEETING", "2026-09-16", ""), 422,
                "R-REC-2");
        ok("POST", intakePath + "/steps", CITY, step(version(intakePath), "REVIEW", "2026-09-14",
                "{\"registrationId\":" + registrationId + ",\"passed\":true,\"score\":91,\"note\":\"\"}"), 201);
        refused("POST", intakePath + "/notice", CITY, "{\"version\":" + version(intakePath)
                + ",\"start\":\"2026-09-28\"}", 422, "R-REC-2");
        ok("POST", intakePath + "/steps", CITY, step(version(intakePath), "MEETING", "2026-09-16", ""), 201);
        ok("POST", intakePath + "/steps", CITY, step(version(intakePath), "CONSULTATION", "2026-09-18", ""), 201);
        // 公示: five working days from Mon 28 Sep: 28, 29, 30, then the holiday 1–7 Oct (a weekend inside), 8, 9
        JsonNode noticed = ok("POST", intakePath + "/notice", CITY, "{\"version\":" + version(intakePath)
                + ",\"start\":\"2026-09-28\"}", 200);
        assertEquals("2026-10-09", noticed.get("noticeEnd").asText());
        assertEquals("2026-10-09", ok("GET", intakePath + "/notice", null, null, 200).get("end").asText());

        // an objection during the notice blocks the appointment until it is resolved
        JsonNode objection = ok("POST", intakePath + "/objections", CITY, "{\"registrationId\":" + registrationId
                + ",\"raisedOn\":\"2026-10-08\",\"raisedBy\":\"群众来信\",\"content\":\"反映其服务时间难以保证\"}", 201);
        refused("POST", intakePath + "/appointment", CITY, String.format(appoint, version(intakePath), "2026-10-09"),
                422, "R-REC-2");
        refused("POST", intakePath + "/appointment", CITY, String.format(appoint, version(intakePath), "2026-10-12"),
                422, "R-REC-2");
        ok("POST", "/api/objections/" + objection.get("id").asLong() + "/resolution", CITY, "{\"version\":"
                + objection.get("version").asLong() + ",\"outcome\":\"DISMISSED\","
                + "\"reason\":\"经核实，所在单位已承诺保障服务时间\"}", 200);

        // appointment: ACTIVE with a term of the intake's year, and on the public appointment list
        ok("POST", intakePath + "/appointment", CITY, String.format(appoint, version(intakePath), "2026-10-12"), 200);
        assertEquals("ACTIVE", get("/api/specialists/" + specialist, CITY).json().get("status").asText());
        JsonNode term = get("/api/specialists/" + specialist + "/terms", CITY).json().at("/0");
        assertEquals(term.toString(), "2026-10-12", term.get("start").asText());
        assertEquals(term.toString(), "2026-12-31", term.get("end").asText());
        assertTrue(get(intakePath + "/appointments", null).body().contains("容器测试全程专家"));

        // service written and submitted before any dispatch is not confirmed: it has no dispatch to count in (R-SVC-1)
        String logBody = "{\"specialistId\":" + specialist + ",\"county\":\"wenxian\",\"startDate\":\"2026-11-03\","
                + "\"endDate\":\"2026-11-03\",\"fieldDays\":1,\"kind\":\"TECHNICAL_GUIDANCE\","
                + "\"description\":\"容器测试：指导合作社铁棍山药初加工\",\"outcomes\":{\"farmersTrained\":15}}";
        JsonNode log = ok("POST", "/api/logs", CITY, logBody, 201);
        String logPath = "/api/logs/" + log.get("id").asLong();
        log = ok("POST", logPath + "/submit", CITY, "{\"version\":" + log.get("version").asLong() + "}", 200);
        String confirm = "{\"version\":" + log.get("version").asLong() + ",\"satisfaction\":5}";
        refused("POST", logPath + "/confirm", WENXIAN, confirm, 422, "R-SVC-1");

        // dispatch to 温县, serving the demand; then 温县 confirms the service, which shows under the demand
        long assignment = ok("POST", "/api/assignments", CITY, dispatch, 201).get("id").asLong();
        JsonNode served = ok("POST", demandPath + "/serve", WENXIAN, "{\"version\":" + version(demandPath)
                + ",\"assignmentId\":" + assignment + "}", 200);
        assertEquals("SERVED", served.get("status").asText());
        log = ok("POST", logPath + "/confirm", WENXIAN, confirm, 200);
        assertEquals("CONFIRMED", log.get("status").asText());
        assertTrue(get(demandPath + "/logs", WENXIAN).body().contains("指导合作社铁棍山药初加工"));

        // 温县's specialist round: computed, publishing before review refused, reviewed, published
        long round = get("/api/evaluations/rounds?county=wenxian&kind=SPECIALIST&year=" + JOURNEY_YEAR, WENXIAN)
                .json().at("/items/0/id").asLong();
        String roundPath = "/api/evaluations/rounds/" + round;
        ok("POST", roundPath + "/compute", WENXIAN, null, 200);
        refused("POST", roundPath + "/publish", WENXIAN, "{\"version\":" + version(roundPath) + "}", 409, null);
        ok("POST", roundPath + "/review", WENXIAN, "{\"version\":" + version(roundPath) + "}", 200);
        ok("POST", roundPath + "/publish", WENXIAN, "{\"version\":" + version(roundPath) + "}", 200);
        JsonNode result = null;
        for (JsonNode row : get("/api/evaluations/results?round=" + round + "&size=200", WENXIAN).json().get("items")) {
            if (row.at("/subject/key").asText().equals(String.valueOf(specialist))) {
                result = row;
            }
        }
        assertTrue("the appointee is a subject of 温县's round", result != null);
        // on the public list, read page by page: the shared container's other tests publish rounds of their own
        boolean listed = false;
        for (int page = 1; !listed; page++) {
            JsonNode items = get("/api/evaluations/public?year=" + JOURNEY_YEAR + "&size=100&page=" + page, null)
                    .json().get("items");
            assertTrue("the appointee is on the public list of " + JOURNEY_YEAR, items.size() > 0);
            listed = items.toString().contains("容器测试全程专家");
        }

        // R-REC-4: the unit records the wish; the roster of next year is prepared from the published round and
        // adjusted with a reason (an adjustment without one is refused)
        ok("PUT", "/api/roster/wishes", HPU, "{\"year\":" + (JOURNEY_YEAR + 1) + ",\"specialistId\":" + specialist
                + ",\"wish\":\"STAY\",\"note\":\"愿继续服务温县怀药加工\"}", 200);
        ok("POST", "/api/roster/prepare", CITY, "{\"version\":" + get("/api/roster", CITY).json().get("version") + "}",
                200);
        JsonNode entry = get("/api/roster/entries?specialist=" + specialist, CITY).json().at("/items/0");
        assertTrue(entry.toString(), entry.has("outcome") && entry.get("wish").asText().contains("STAY"));
        String entryPath = "/api/roster/entries/" + entry.get("id").asLong();
        refused("POST", entryPath + "/adjust", CITY, "{\"version\":" + entry.get("version")
                + ",\"outcome\":\"RENEWAL_BY_REVIEW\"}", 400, null);
        JsonNode adjusted = ok("POST", entryPath + "/adjust", CITY, "{\"version\":" + entry.get("version")
                + ",\"outcome\":\"RENEWAL_BY_REVIEW\",\"reason\":\"年中补充聘任，服务期不足三个月，经审核续聘\"}", 200);
        assertEquals("RENEWAL_BY_REVIEW", adjusted.get("outcome").asText());
        assertEquals("年中补充聘任，服务期不足三个月，经审核续聘", adjusted.get("adjustReason").asText());

        // the candidate's whole history is readable, ordered by day; the dismissal carries the day it was recorded
        // (today), so it is checked apart from the steps this journey back-dated to 2026
        String history = get("/api/registrations/" + registrationId + "/history", HPU).body();
        assertTrue(history, history.contains("\"event\":\"OBJECTION_DISMISSED\""));
        int at = -1;
        for (String event : new String[] {"REGISTERED", "REVIEW", "MEETING", "CONSULTATION", "NOTICE", "OBJECTION",
                "APPOINTED"}) {
            int next = history.indexOf(event, at + 1);
            assertTrue(event + " after position " + at + " in " + history, next > at);
            at = next;
        }
    }

    @Test
    public void R_REC_4_theRosterIsPreparedAdjustedAndConfirmedAndWhoExitsIsNoLongerDispatchedNorCounted()
            throws Exception {
        // the demo's draft of next year shows every outcome
        JsonNode draft = get("/api/roster", CITY).json();
        assertEquals(draft.toString(), NEXT, draft.get("year").asInt());
        assertEquals("DRAFT", draft.get("status").asText());
        for (String outcome : new String[] {"PRIORITY_RENEWAL", "RENEWAL_BY_REVIEW", "EXIT"}) {
            assertTrue(draft.toString(), draft.at("/outcomes/" + outcome).asLong() > 0);
        }
        assertProblem(send("POST", "/api/roster/prepare", WUZHI, "{\"version\":" + draft.get("version") + "}"), 403,
                "city");

        // the specialist changes their own wish, with the version read; Chinese survives
        JsonNode wish = get("/api/roster/wishes?year=" + NEXT, GUOML).json().at("/items/0");
        String wished = "{\"year\":" + NEXT + ",\"specialistId\":" + wish.get("specialistId") + ",\"wish\":\"STAY\","
                + "\"note\":\"容器测试：继续服务武陟县怀药基地\",\"version\":" + wish.get("version") + "}";
        Reply changed = send("PUT", "/api/roster/wishes", GUOML, wished);
        assertEquals(changed.toString(), 200, changed.status());
        assertEquals("容器测试：继续服务武陟县怀药基地", changed.json().get("note").asText());
        assertProblem(send("PUT", "/api/roster/wishes", GUOML, wished), 409, "version");

        // 武陟县 asks to keep the specialist from the console; a county it did not serve is refused
        JsonNode entry = coveringSpecialist();
        long specialist = entry.get("specialistId").asLong();
        String name = entry.get("specialistName").asText();
        SshIT.Exec keep = SshIT.exec("wuzhi", "wuzhi", "tepai:roster-request wuzhi " + specialist
                + " KEEP 容器测试 怀药加工仍需指导");
        assertEquals(keep.toString(), 0, keep.status());
        assertTrue(keep.toString(), keep.out().contains("wuzhi asks to KEEP " + name));
        SshIT.Exec elsewhere = SshIT.exec("xiuwu", "xiuwu", "tepai:roster-request xiuwu " + specialist
                + " RELEASE 不需要");
        assertEquals(elsewhere.toString(), 1, elsewhere.status());
        assertTrue(elsewhere.toString(), elsewhere.both().contains("R-REC-4"));

        // prepared again from the console: the request counts
        SshIT.Exec prepared = SshIT.exec("city", "city", "tepai:roster-prepare");
        assertEquals(prepared.toString(), 0, prepared.status());
        assertTrue(prepared.toString(), prepared.out().startsWith("Roster " + NEXT + ": DRAFT"));
        entry = get("/api/roster/entries/" + entry.get("id").asLong(), CITY).json();
        assertTrue(entry.toString(), entry.get("keepBy").toString().contains("wuzhi"));
        assertEquals(entry.toString(), 1, get("/api/roster/entries?county=wuzhi&specialist=" + specialist, WUZHI)
                .json().get("total").asInt());
        assertProblem(send("GET", "/api/roster/entries?county=xiuwu", WUZHI, null), 403, "county:xiuwu");

        // the city office adjusts the entry, with a reason; a county may not
        String adjust = "{\"version\":" + entry.get("version") + ",\"outcome\":\"exit\",\"reason\":\"" + REASON + "\"}";
        assertProblem(send("POST", "/api/roster/entries/" + entry.get("id") + "/adjust", WUZHI, adjust), 403, "city");
        Reply adjusted = send("POST", "/api/roster/entries/" + entry.get("id") + "/adjust", CITY, adjust);
        assertEquals(adjusted.toString(), 200, adjusted.status());
        assertEquals("EXIT", adjusted.json().get("outcome").asText());
        assertEquals(REASON, adjusted.json().get("adjustReason").asText());
        SshIT.Exec shown = SshIT.exec("city", "city", "tepai:roster --outcome EXIT --size 200");
        assertEquals(shown.toString(), 0, shown.status());
        assertTrue(shown.toString(), shown.out().contains(name) && shown.out().contains("容器测试："));
        assertTrue(shown.toString(), shown.out().contains("Page 1 of 1 ("));

        String idField = "\"specialistId\":" + specialist + ",";
        assertTrue(get("/api/squads/wuzhi", CITY).body().contains(idField));
        assertTrue(covering("wuzhi").toString().contains(idField));

        // confirmed: a stale version is refused, then the roster is final
        JsonNode roster = get("/api/roster?year=" + NEXT, CITY).json();
        assertProblem(send("POST", "/api/roster/confirm", CITY, "{\"version\":" + (roster.get("version").asLong() - 1)
                + "}"), 409, "version");
        Reply confirmed = send("POST", "/api/roster/confirm", CITY, "{\"year\":" + NEXT + ",\"version\":"
                + roster.get("version") + "}");
        assertEquals(confirmed.toString(), 200, confirmed.status());
        assertEquals("CONFIRMED", confirmed.json().get("status").asText());
        SshIT.Exec again = SshIT.exec("city", "city", "tepai:roster-confirm");
        assertEquals(again.toString(), 1, again.status());
        assertTrue(again.toString(), again.both().contains("R-REC-4"));
        assertEquals("EXITED", get("/api/specialists/" + specialist, CITY).json().get("status").asText());
        assertTrue(get("/api/audit?entity=Specialist&id=" + specialist, CITY).body().contains(REASON));
        assertTrue(get("/api/audit?entity=SpecialistTerm&size=1", CITY).json().get("total").asLong() > 0);

        // who exited is neither dispatched nor logs service
        String county = "wuzhi";
        assertProblem(send("POST", "/api/assignments", CITY, "{\"specialistId\":" + specialist + ",\"county\":\"xiuwu\","
                + "\"year\":" + YEAR + "}"), 422, "R-REC-4");
        assertProblem(send("POST", "/api/logs", CITY, "{\"specialistId\":" + specialist + ",\"county\":\"" + county
                + "\",\"startDate\":\"" + LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1) + "\",\"fieldDays\":1,"
                + "\"kind\":\"TECHNICAL_GUIDANCE\",\"description\":\"容器测试\"}"), 422, "R-REC-4");

        // and is no longer counted: coverage, the squad, progress
        assertFalse(covering(county).toString().contains(idField));
        assertFalse(get("/api/squads/" + county, CITY).body().contains(idField));
        assertFalse(get("/api/progress?county=" + county, CITY).body().contains(idField));
        // their history stays readable
        assertTrue(get("/api/assignments?specialist=" + specialist, CITY).json().get("total").asLong() > 0);
        assertEquals(200, get("/api/logs?specialist=" + specialist, CITY).status());
        assertTrue(get("/api/specialists?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8), CITY).body()
                .contains(name));
    }
}
