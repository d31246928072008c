package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/**
 * Technology demands over real HTTP and ssh (R-DEM-1, R-DEM-2, R-REC-3): the demo's published tables read anonymously
 * without the contact's phone and with it when signed in as a unit or specialist; a county's draft, its publication,
 * an expert's contact, the county's confirmation, and each step out of order refused as 422 naming the rule; Chinese
 * text intact; the console's list, detail and confirmation with their exit codes.
 */
public class DemandIT extends TepaiContainerTest {

    private static final String WENXIAN = "wenxian:wenxian";

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The demo's 温县 四大怀药 demand served by 潘立新's dispatch. */
    private JsonNode wenxianYam(String credentials) throws Exception {
        Reply reply = get("/api/demands?county=wenxian&industry=" + encoded("四大怀药") + "&status=SERVED", credentials);
        assertEquals(reply.toString(), 200, reply.status());
        assertEquals(reply.toString(), 1, reply.json().get("total").asInt());
        return reply.json().at("/items/0");
    }

    private void assertProblem(Reply reply, int status, String text) {
        assertEquals(reply.toString(), status, reply.status());
        assertTrue(reply.toString(), reply.contentType().startsWith("application/problem+json"));
        assertTrue(reply.toString(), reply.body().contains(text));
    }

    @Test
    public void R_DEM_1_anyoneReadsThePublishedTablesButNotThePhones() throws Exception {
        Reply all = get("/api/demands?size=200", null);
        assertEquals(all.toString(), 200, all.status());
        assertTrue(all.toString(), all.json().get("total").asInt() >= 33);
        for (JsonNode demand : all.json().get("items")) {
            assertTrue(demand.toString(), demand.get("contactPhone").isNull());
            assertFalse(demand.toString(), "DRAFT".equals(demand.get("status").asText()));
        }
        assertFalse(all.body(), all.body().contains("139039"));

        JsonNode yam = wenxianYam(null);
        assertEquals("温县祥云镇怀药合作社", yam.get("recipientName").asText());
        assertEquals("尤社长", yam.get("contactName").asText());
        assertEquals("潘立新", yam.get("specialistName").asText());
        assertTrue(yam.get("need").asText(), yam.get("need").asText().contains("铁棍山药"));
        Reply one = get("/api/demands/" + yam.get("id").asLong(), null);
        assertEquals(one.toString(), 200, one.status());
        assertTrue(one.toString(), one.json().get("contactPhone").isNull());

        assertProblem(get("/api/demands?status=done", null), 400, "status");
        assertEquals(401, get("/api/demands/" + yam.get("id").asLong() + "/history", null).status());
        assertEquals(401, get("/api/demands?county=wenxian", "nobody:wrong").status());
    }

    @Test
    public void R_DEM_2_signedInUnitsAndSpecialistsSeeThePhoneOtherCountiesDoNot() throws Exception {
        assertEquals("13903910666", wenxianYam(HPU).get("contactPhone").asText());
        assertEquals("13903910666", wenxianYam(SPECIALIST).get("contactPhone").asText());
        assertEquals("13903910666", wenxianYam(WENXIAN).get("contactPhone").asText());
        assertTrue(wenxianYam(WUZHI).get("contactPhone").isNull());

        long id = wenxianYam(HPU).get("id").asLong();
        JsonNode history = get("/api/demands/" + id + "/history", HPU).json();
        assertEquals(history.toString(), "recorded", history.at("/0/action").asText());
        assertEquals(history.toString(), "served", history.at("/" + (history.size() - 1) + "/action").asText());
        // the serving dispatch's confirmed logs show under the demand: 潘立新's in 温县 this programme year
        int year = wenxianYam(HPU).get("year").asInt();
        JsonNode logs = get("/api/demands/" + id + "/logs", WENXIAN).json();
        JsonNode direct = get("/api/logs?status=CONFIRMED&county=wenxian&specialist="
                + wenxianYam(HPU).get("specialistId").asLong() + "&from=" + year + "-01-01&to=" + year + "-12-31",
                WENXIAN).json();
        assertEquals(logs.toString(), direct.get("total").asInt(), logs.get("total").asInt());
        assertEquals(1, get("/api/demands?county=wenxian&status=DRAFT", WENXIAN).json().get("total").asInt());
        assertEquals(0, get("/api/demands?county=wenxian&status=DRAFT", HPU).json().get("total").asInt());
    }

    @Test
    public void R_REC_3_aCountyPublishesAnExpertContactsTheCountyConfirmsAndStepsOutOfOrderAre422() throws Exception {
        Reply recorded = send("POST", "/api/demands", XIUWU, "{\"recipientName\":\"修武县岸上乡农家乐协会\","
                + "\"industry\":\"乡村旅游\",\"need\":\"云台山脚下农家乐冷链配送与特色农产品包装\",\"contactName\":\"岳会长\","
                + "\"contactPhone\":\"13703910999\"}");
        assertEquals(recorded.toString(), 201, recorded.status());
        JsonNode draft = recorded.json();
        long id = draft.get("id").asLong();
        assertEquals("修武县岸上乡农家乐协会", draft.get("recipientName").asText());
        assertEquals("DRAFT", draft.get("status").asText());
        assertProblem(send("POST", "/api/demands", XIUWU, "{\"recipientName\":\"x\",\"industry\":\"四大怀药\","
                + "\"need\":\"x\",\"contactName\":\"x\",\"contactPhone\":\"1\"}"), 400, "industry");

        assertProblem(send("POST", "/api/demands/" + id + "/confirm", XIUWU, "{\"version\":"
                + draft.get("version").asLong() + ",\"matchId\":1}"), 422, "R-REC-3");
        assertEquals(404, get("/api/demands/" + id, null).status());
        long guoml = get("/api/specialists?q=" + encoded("郭明亮"), CITY).json().at("/items/0/id").asLong();
        String contact = "{\"specialistId\":" + guoml + ",\"note\":\"已电话联系岳会长，下周到岸上乡查看冷库\"}";
        assertProblem(send("POST", "/api/demands/" + id + "/matches", CITY, contact), 422, "R-DEM-2");

        Reply published = send("POST", "/api/demands/publish", XIUWU, "{}");
        assertEquals(published.toString(), 200, published.status());
        assertTrue(published.toString(), published.json().get("published").asInt() >= 1);
        assertEquals(200, get("/api/demands/" + id, null).status());

        Reply match = send("POST", "/api/demands/" + id + "/matches", HPU, contact);
        assertEquals(match.toString(), 201, match.status());
        assertEquals("已电话联系岳会长，下周到岸上乡查看冷库", match.json().get("note").asText());
        assertProblem(send("POST", "/api/demands/" + id + "/matches", "jzu:jzu", contact), 403, "unit:hpu");
        long version = get("/api/demands/" + id, XIUWU).json().get("version").asLong();
        String confirm = "{\"version\":" + version + ",\"matchId\":" + match.json().get("id").asLong() + "}";
        assertProblem(send("POST", "/api/demands/" + id + "/confirm", WUZHI, confirm), 403, "county:xiuwu");

        Reply matched = send("POST", "/api/demands/" + id + "/confirm", XIUWU, confirm);
        assertEquals(matched.toString(), 200, matched.status());
        assertEquals("MATCHED", matched.json().get("status").asText());
        assertEquals("郭明亮", matched.json().get("specialistName").asText());
        String again = "{\"version\":" + matched.json().get("version").asLong() + ",\"matchId\":"
                + match.json().get("id").asLong() + "}";
        assertProblem(send("POST", "/api/demands/" + id + "/confirm", XIUWU, again), 422, "R-REC-3");
        assertProblem(send("POST", "/api/demands/" + id + "/confirm", XIUWU, confirm), 409, "version");
        assertProblem(send("POST", "/api/demands/" + id + "/matches", SPECIALIST, contact), 422, "R-DEM-2");
        long wuzhiDispatch = get("/api/assignments?specialist=" + guoml, CITY).json().at("/items/0/id").asLong();
        assertProblem(send("POST", "/api/demands/" + id + "/serve", XIUWU, "{\"version\":"
                + matched.json().get("version").asLong() + ",\"assignmentId\":" + wuzhiDispatch + "}"), 422,
                "R-REC-3");

        JsonNode history = get("/api/demands/" + id + "/history", SPECIALIST).json();
        assertEquals(history.toString(), 4, history.size());
        assertEquals("confirmed", history.at("/3/action").asText());
        assertEquals("xiuwu", history.at("/3/actor").asText());
        JsonNode audit = get("/api/audit?entity=Demand&id=" + id, AUDITOR).json();
        assertTrue(audit.toString(), audit.get("total").asInt() >= 2);
    }

    @Test
    public void theConsoleListsShowsAndConfirmsWithExitCodes() throws Exception {
        SshIT.Exec listed = SshIT.exec("wenxian", "wenxian", "tepai:demands --county wenxian --status served");
        assertEquals(listed.toString(), 0, listed.status());
        assertTrue(listed.toString(), listed.out().contains("温县祥云镇怀药合作社") && listed.out().contains("13903910666"));
        assertTrue(listed.toString(), listed.out().contains("Page 1 of 1 (1 demand)"));

        long id = wenxianYam(WENXIAN).get("id").asLong();
        SshIT.Exec shown = SshIT.exec("hpu", "hpu", "tepai:demand " + id);
        assertEquals(shown.toString(), 0, shown.status());
        assertTrue(shown.toString(), shown.out().contains("潘立新") && shown.out().contains("served")
                && shown.out().contains("Candidate matches: 2"));

        SshIT.Exec outOfOrder = SshIT.exec("wenxian", "wenxian", "tepai:demand-confirm " + id + " "
                + wenxianYam(WENXIAN).get("confirmedMatchId").asLong());
        assertEquals(outOfOrder.toString(), 1, outOfOrder.status());
        assertTrue(outOfOrder.toString(), outOfOrder.both().contains("R-REC-3"));

        SshIT.Exec notAllowed = SshIT.exec("hpu", "hpu", "tepai:demand-publish wenxian");
        assertTrue(notAllowed.toString(), notAllowed.status() != 0);

        SshIT.Exec republished = SshIT.exec("mengzhou", "mengzhou", "tepai:demand-publish");
        assertEquals(republished.toString(), 0, republished.status());
        assertTrue(republished.toString(), republished.out().contains("Demand table of mengzhou")
                && republished.out().contains("0 new, 3 in the table"));
    }
}
