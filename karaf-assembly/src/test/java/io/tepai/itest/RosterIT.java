package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.Test;

/**
 * The yearly roster adjustment (R-REC-4) end to end, over HTTP and a real ssh console: the demo's draft of next year
 * with all three outcomes; a wish changed by the specialist, a county's request and the roster prepared again from the
 * console; an entry adjusted with a reason; the roster confirmed (a stale version refused first); the exited
 * specialist refused dispatch and service logs (422 naming R-REC-4), gone from coverage, the squad and progress, with
 * their history still readable; Chinese text intact on every path.
 */
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

    /** A specialist dispatched to 武陟县 this year who covers a cell of its coverage, and is still renewed. */
    private JsonNode coveringSpecialist() throws Exception {
        JsonNode coverage = get("/api/coverage?year=" + YEAR, CITY).json();
        for (JsonNode county : coverage.get("counties")) {
            if (!county.get("county").asText().equals("wuzhi")) {
                continue;
            }
            for (JsonNode industry : county.get("industries")) {
                for (JsonNode specialist : industry.get("specialists")) {
                    long id = specialist.get("specialistId").asLong();
                    JsonNode entry = get("/api/roster/entries?specialist=" + id, CITY).json().at("/items/0");
                    if (!entry.isMissingNode() && !entry.get("outcome").asText().equals("EXIT")
                            && !specialist.get("name").asText().equals("郭明亮")) {
                        return entry;
                    }
                }
            }
        }
        throw new AssertionError("no 武陟县 specialist covering an industry in the demo: " + coverage);
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
        assertTrue(get("/api/coverage?year=" + YEAR, CITY).body().contains(idField));

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
        assertFalse(get("/api/coverage?year=" + YEAR, CITY).body().contains(idField));
        assertFalse(get("/api/squads/" + county, CITY).body().contains(idField));
        assertFalse(get("/api/progress?county=" + county, CITY).body().contains(idField));
        // their history stays readable
        assertTrue(get("/api/assignments?specialist=" + specialist, CITY).json().get("total").asLong() > 0);
        assertEquals(200, get("/api/logs?specialist=" + specialist, CITY).status());
        assertTrue(get("/api/specialists?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8), CITY).body()
                .contains(name));
    }
}
