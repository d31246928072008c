package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * Teams, agreements, dispatch, squads and coverage end to end in the booted distribution with its demo data
 * (R-TEAM-1..4, R-REC-3, R-SQUAD-1..2, R-GOAL-1), through REST and the console.
 */
public class OrganisationIT extends TepaiContainerTest {

    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    private static String team(String name) {
        return "{\"name\":\"" + name + "\",\"industry\":\"容器测试产业\",\"level\":\"CITY\",\"unitCode\":\"hpu\","
                + "\"termStart\":\"" + YEAR + "-01-01\",\"termEnd\":\"" + (YEAR + 2) + "-12-31\","
                + "\"dispatchingLeader\":{\"name\":\"测试领队\",\"position\":\"副校长\",\"phone\":\"0391-1\"}}";
    }

    /** Ids of active specialists, enough to fill a team beyond its bounds. */
    private List<Long> activeSpecialists(int count) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (JsonNode specialist : get("/api/specialists?status=active&size=" + count, CITY).json().get("items")) {
            ids.add(specialist.get("id").asLong());
        }
        assertEquals(count, ids.size());
        return ids;
    }

    private JsonNode addMember(long team, long version, long specialist, int expectedStatus) throws Exception {
        Reply reply = send("POST", "/api/teams/" + team + "/members", CITY,
                "{\"specialistId\":" + specialist + ",\"segment\":\"PRODUCTION\",\"version\":" + version + "}");
        assertEquals(reply.toString(), expectedStatus, reply.status());
        return reply.json();
    }

    private static String status(String status, long version) {
        return "{\"status\":\"" + status + "\",\"version\":" + version + "}";
    }

    @Test
    public void demoTeamsAgreementsSquadsAndWorkstationsAreThere() throws Exception {
        JsonNode teams = get("/api/teams?size=50", WUZHI).json();
        assertTrue(teams.toString(), teams.get("total").asInt() >= 7);
        JsonNode yam = get("/api/teams?q=%E6%80%80%E8%8D%AF", WUZHI).json().at("/items/0");
        assertEquals("ACTIVE", yam.get("status").asText());
        assertTrue(yam.get("members").size() >= 5);
        JsonNode agreements = get("/api/teams/" + yam.get("id").asLong() + "/agreements", WUZHI).json();
        assertTrue("1+N: one team, several counties", agreements.get("total").asInt() >= 3);

        JsonNode wuzhiTeams = get("/api/teams?county=wuzhi", WUZHI).json();
        assertTrue("one county, several teams", wuzhiTeams.get("total").asInt() >= 2);

        for (String county : new String[] {"wuzhi", "jiefang", "shifanqu"}) {
            JsonNode squad = get("/api/squads/" + county, WUZHI).json();
            assertEquals(YEAR, squad.get("year").asInt());
            assertFalse(county + " has a squad", squad.get("members").isEmpty());
            assertFalse(county + " has a captain", squad.at("/captain/name").asText().isEmpty());
        }
        assertTrue("R-SQUAD-1", get("/api/squads/wuzhi", WUZHI).json().get("captainSource").asText()
                .startsWith("agreement:"));
        assertEquals(11, get("/api/workstations", WUZHI).json().get("total").asInt());
    }

    @Test
    public void R_TEAM_1_teamLifecycleKeepsFiveToTenMembers() throws Exception {
        Reply created = send("POST", "/api/teams", CITY, team("容器测试服务团"));
        assertEquals(created.toString(), 201, created.status());
        long id = created.json().get("id").asLong();
        assertEquals("FORMING", created.json().get("status").asText());
        List<Long> people = activeSpecialists(11);

        JsonNode team = created.json();
        for (int i = 0; i < 4; i++) {
            team = addMember(id, team.get("version").asLong(), people.get(i), 200);
        }
        Reply tooFew = send("PUT", "/api/teams/" + id + "/status", CITY, status("ACTIVE", team.get("version").asLong()));
        assertEquals(tooFew.toString(), 422, tooFew.status());
        assertEquals("R-TEAM-1", tooFew.json().get("rule").asText());
        assertEquals("FORMING", get("/api/teams/" + id, CITY).json().get("status").asText());

        for (int i = 4; i < 10; i++) {
            team = addMember(id, team.get("version").asLong(), people.get(i), 200);
        }
        JsonNode eleventh = addMember(id, team.get("version").asLong(), people.get(10), 422);
        assertEquals("R-TEAM-1", eleventh.get("rule").asText());
        assertEquals(10, get("/api/teams/" + id, CITY).json().get("members").size());

        Reply active = send("PUT", "/api/teams/" + id + "/status", CITY, status("ACTIVE", team.get("version").asLong()));
        assertEquals(active.toString(), 200, active.status());
        team = active.json();
        for (int i = 0; i < 5; i++) {
            Reply removed = send("DELETE", "/api/teams/" + id + "/members/" + people.get(i) + "?version="
                    + team.get("version").asLong(), CITY, null);
            assertEquals(removed.toString(), 200, removed.status());
            team = removed.json();
        }
        Reply belowFive = send("DELETE", "/api/teams/" + id + "/members/" + people.get(5) + "?version="
                + team.get("version").asLong(), CITY, null);
        assertEquals(belowFive.toString(), 422, belowFive.status());
        assertEquals("R-TEAM-1", belowFive.json().get("rule").asText());
        assertEquals(5, get("/api/teams/" + id, CITY).json().get("members").size());

        Reply stale = send("PUT", "/api/teams/" + id + "/status", CITY, status("CLOSED", 1));
        assertEquals(409, stale.status());
        Reply closed = send("PUT", "/api/teams/" + id + "/status", CITY, status("CLOSED", team.get("version").asLong()));
        assertEquals(closed.toString(), "CLOSED", closed.json().get("status").asText());
        assertEquals(403, send("POST", "/api/teams", WUZHI, team("县里不能建市级团")).status());
    }

    @Test
    public void R_TEAM_3_agreementNeedsCoLeadersAndLiaisonAndCountiesKeepToTheirOwn() throws Exception {
        long teamId = get("/api/teams?q=%E5%B0%8F%E9%BA%A6", CITY).json().at("/items/0/id").asLong(); // 小麦
        String draft = "{\"county\":\"boai\",\"signedOn\":\"" + YEAR + "-01-05\",\"termStart\":\"" + YEAR
                + "-01-01\",\"termEnd\":\"" + YEAR + "-12-31\",\"tasks\":[\"小麦良种示范\"],"
                + "\"countyLeader\":{\"name\":\"郑海涛\",\"position\":\"博爱县副县长\"}}";
        Reply byOtherCounty = send("POST", "/api/teams/" + teamId + "/agreements", WUZHI, draft);
        assertEquals(byOtherCounty.toString(), 403, byOtherCounty.status());
        Reply created = send("POST", "/api/teams/" + teamId + "/agreements", CITY, draft);
        assertEquals(created.toString(), 201, created.status());
        ObjectNode agreement = (ObjectNode) created.json();
        String path = "/api/teams/" + teamId + "/agreements/" + agreement.get("id").asLong();

        Reply noLiaison = send("PUT", path + "/status", CITY, status("ACTIVE", agreement.get("version").asLong()));
        assertEquals(noLiaison.toString(), 422, noLiaison.status());
        assertEquals("R-TEAM-3", noLiaison.json().get("rule").asText());
        assertTrue(noLiaison.body().contains("liaison"));

        agreement.putObject("liaison").put("name", "周建华").put("position", "博爱县科技局局长");
        Reply wuzhiEdits = send("PUT", path, WUZHI, agreement.toString());
        assertEquals(wuzhiEdits.toString(), 403, wuzhiEdits.status());
        assertEquals("county:boai", wuzhiEdits.json().get("missingScope").asText());
        assertEquals("", get(path, CITY).json().at("/liaison/name").asText());

        Reply updated = send("PUT", path, CITY, agreement.toString());
        assertEquals(updated.toString(), 200, updated.status());
        Reply active = send("PUT", path + "/status", CITY, status("ACTIVE", updated.json().get("version").asLong()));
        assertEquals(active.toString(), "ACTIVE", active.json().get("status").asText());
        Reply ended = send("PUT", path + "/status", CITY, status("ENDED", active.json().get("version").asLong()));
        assertEquals(ended.toString(), "ENDED", ended.json().get("status").asText());
    }

    @Test
    public void R_REC_3_cityAndCountyDoNotBothSupportOneSpecialistUnlessTheCityRecordsWhy() throws Exception {
        // a city-tier demo specialist, dispatched this year at CITY level by the demo data
        JsonNode cityAssignment = get("/api/assignments?county=wuzhi&level=CITY&year=" + YEAR, CITY).json()
                .at("/items/0");
        long specialist = cityAssignment.get("specialistId").asLong();
        long before = get("/api/assignments?year=" + YEAR + "&size=1", CITY).json().get("total").asLong();
        String assignment = "{\"specialistId\":" + specialist + ",\"county\":\"xiuwu\",\"year\":" + YEAR
                + ",\"level\":\"COUNTY\"}";

        Reply rejected = send("POST", "/api/assignments", XIUWU, assignment);
        assertEquals(rejected.toString(), 422, rejected.status());
        assertEquals("R-REC-3", rejected.json().get("rule").asText());
        String withReason = assignment.replace("}", ",\"exceptionReason\":\"修武县急需，市科技局批准双重支持\"}");
        assertEquals(403, send("POST", "/api/assignments", XIUWU, withReason).status());
        assertEquals(before, get("/api/assignments?year=" + YEAR + "&size=1", CITY).json().get("total").asLong());

        Reply allowed = send("POST", "/api/assignments", CITY, withReason);
        assertEquals(allowed.toString(), 201, allowed.status());
        assertEquals("修武县急需，市科技局批准双重支持", allowed.json().get("exceptionReason").asText());
        long id = allowed.json().get("id").asLong();
        Reply audit = get("/api/audit?entity=Assignment&id=" + id, AUDITOR);
        assertTrue(audit.toString(), audit.body().contains("修武县急需"));
        assertEquals(204, send("DELETE", "/api/assignments/" + id + "?version=1", CITY, null).status());
    }

    @Test
    public void R_SQUAD_1_theSquadIsDerivedFromAssignments() throws Exception {
        JsonNode squad = get("/api/squads/boai", CITY).json();
        int members = squad.get("members").size();
        long outsider = -1;
        for (JsonNode specialist : get("/api/specialists?status=active&county=shanyang&size=50", CITY).json()
                .get("items")) {
            if (!squad.get("members").toString().contains("\"specialistId\":" + specialist.get("id").asLong() + ",")) {
                outsider = specialist.get("id").asLong();
                break;
            }
        }
        assertTrue(outsider > 0);
        Reply dispatched = send("POST", "/api/assignments", CITY, "{\"specialistId\":" + outsider
                + ",\"county\":\"boai\",\"year\":" + YEAR + ",\"industries\":[\"生姜\"]}");
        assertEquals(dispatched.toString(), 201, dispatched.status());
        JsonNode grown = get("/api/squads/boai", CITY).json();
        assertEquals(members + 1, grown.get("members").size());
        assertTrue(grown.get("members").toString().contains("\"specialistId\":" + outsider + ","));

        Reply notLeading = send("POST", "/api/assignments", CITY, "{\"specialistId\":" + outsider
                + ",\"county\":\"wuzhi\",\"year\":" + YEAR + ",\"industries\":[\"航天\"]}");
        assertEquals(400, notLeading.status());
        assertTrue(notLeading.body().contains("industries[0]"));

        long id = dispatched.json().get("id").asLong();
        assertEquals(204, send("DELETE", "/api/assignments/" + id + "?version=1", CITY, null).status());
        assertEquals(members, get("/api/squads/boai", CITY).json().get("members").size());

        Reply otherCaptain = send("PUT", "/api/squads/wuzhi/officers", WUZHI, "{\"captain\":{\"name\":\"别人\"},"
                + "\"version\":" + get("/api/squads/wuzhi", WUZHI).json().get("officersVersion").asLong() + "}");
        assertEquals(otherCaptain.toString(), 422, otherCaptain.status());
        assertEquals("R-SQUAD-1", otherCaptain.json().get("rule").asText());
        assertEquals(403, send("PUT", "/api/squads/xiuwu/officers", WUZHI, "{\"version\":1}").status());
    }

    @Test
    public void R_GOAL_1_coverageShowsWhoServesEachCellAndTheGaps() throws Exception {
        JsonNode coverage = get("/api/coverage?year=" + YEAR, WUZHI).json();
        assertEquals(YEAR, coverage.get("year").asInt());
        assertEquals(11, coverage.get("counties").size());
        assertTrue(coverage.get("cells").asInt() > coverage.get("covered").asInt());
        String gaps = coverage.get("gaps").toString();
        assertTrue(gaps, gaps.contains("畜禽养殖") && gaps.contains("qinyang"));
        JsonNode wuzhiYam = coverage.at("/counties/6/industries/0");
        assertEquals("四大怀药", wuzhiYam.get("industry").asText());
        assertTrue(wuzhiYam.get("covered").asBoolean());
        assertTrue(wuzhiYam.get("teams").toString().contains("四大怀药产业服务团"));
        // the specialists are counted in the matrix and named by the cell's drill-down, a page at a time (issue 17)
        assertEquals(0, wuzhiYam.get("specialists").size());
        JsonNode page = get("/api/coverage/wuzhi?size=5&year=" + YEAR + "&industry="
                + java.net.URLEncoder.encode("四大怀药", java.nio.charset.StandardCharsets.UTF_8), WUZHI).json();
        assertEquals(page.toString(), wuzhiYam.get("specialistCount").asLong(), page.get("total").asLong());
        assertTrue(page.toString(), page.get("items").size() <= 5);
        assertEquals(400, get("/api/coverage/wuzhi?industry=abc", WUZHI).status());
        assertEquals(404, get("/api/coverage/nowhere?industry=abc", WUZHI).status());

        Reply csv = send("GET", "/api/coverage?year=" + YEAR, WUZHI, null, "text/csv");
        assertEquals(csv.toString(), 200, csv.status());
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        String[] rows = csv.body().replace("\uFEFF", "").split("\r\n");
        assertEquals("county,county_name,industry,covered,teams,specialists,specialist_count", rows[0]);
        assertEquals(coverage.get("cells").asInt() + 1, rows.length);
        assertTrue(csv.body(), csv.body().contains("wuzhi,武陟县,畜禽养殖,no"));
        assertEquals(400, get("/api/coverage?year=abc", WUZHI).status());
        assertEquals(401, get("/api/coverage", null).status());
    }

    @Test
    public void consoleShowsTeamsSquadsAndCoverage() throws Exception {
        String teams = consoleAs("wuzhi", "tepai:teams", "county", "county:wuzhi", "ssh");
        assertTrue(teams, teams.contains("四大怀药产业服务团"));
        long id = get("/api/teams?q=%E6%80%80%E8%8D%AF", CITY).json().at("/items/0/id").asLong();
        String team = console("tepai:team " + id);
        assertTrue(team, team.contains("wuzhi") && team.contains("李振华"));
        String squad = console("tepai:squad wuzhi");
        assertTrue(squad, squad.contains("王建国"));
        String coverage = consoleAs("wuzhi", "tepai:coverage --gaps", "county", "county:wuzhi", "ssh");
        assertTrue(coverage, coverage.contains("畜禽养殖"));
        assertFalse(coverage, coverage.contains("四大怀药产业服务团"));
    }

    /** R-SVC-2 (issue 20): the signing county judges an agreed task; team progress shows what is still open. */
    @Test
    public void R_SVC_2_theSigningCountyJudgesAnAgreedTaskAndProgressShowsTheOpenOnes() throws Exception {
        long team = get("/api/teams?q=%E6%80%80%E8%8D%AF", WUZHI).json().at("/items/0/id").asLong();
        JsonNode agreement = null;
        for (JsonNode a : get("/api/teams/" + team + "/agreements", WUZHI).json().get("items")) {
            if (a.get("county").asText().equals("wuzhi") && a.get("status").asText().equals("ACTIVE")) {
                agreement = a;
            }
        }
        assertTrue("the demo's 四大怀药 team has an active agreement with 武陟县", agreement != null);
        int last = agreement.get("taskFulfilment").size();
        String path = "/api/teams/" + team + "/agreements/" + agreement.get("id").asLong() + "/tasks/" + last;
        long version = agreement.get("version").asLong();

        assertEquals(403, send("PUT", path, XIUWU, "{\"version\":" + version
                + ",\"fulfilment\":\"NOT_FULFILLED\"}").status());
        Reply badEvidence = send("PUT", path, WUZHI, "{\"version\":" + version
                + ",\"fulfilment\":\"FULFILLED\",\"evidenceLogIds\":[987654321]}");
        assertEquals(badEvidence.toString(), 422, badEvidence.status());
        assertEquals("R-SVC-2", badEvidence.json().get("rule").asText());
        Reply judged = send("PUT", path, WUZHI, "{\"version\":" + version
                + ",\"fulfilment\":\"NOT_FULFILLED\",\"note\":\"培训人数不足，明年补齐\"}");
        assertEquals(judged.toString(), 200, judged.status());
        JsonNode task = judged.json().get("taskFulfilment").get(last - 1);
        assertEquals("NOT_FULFILLED", task.get("fulfilment").asText());
        assertEquals("培训人数不足，明年补齐", task.get("note").asText());
        assertEquals("wuzhi", task.get("recordedBy").asText());
        assertEquals(409, send("PUT", path, WUZHI, "{\"version\":" + version
                + ",\"fulfilment\":\"PARTLY\",\"note\":\"x\"}").status());

        JsonNode progress = get("/api/progress?team=" + team, CITY).json().at("/teams/0/agreements");
        boolean shown = false;
        for (JsonNode a : progress) {
            if (a.get("agreementId").asLong() == agreement.get("id").asLong()) {
                shown = a.get("openTasks").toString().contains(task.get("task").asText())
                        && a.get("tasksFulfilled").asInt() >= 1;
            }
        }
        assertTrue(progress.toString(), shown);
    }

    /** R-TEAM-4, R-EVAL-2 (issue 20): 孟州市 computes its own team round of its county team; nobody else may. */
    @Test
    public void R_TEAM_4_R_EVAL_2_theCountyThatLeadsACountyTeamEvaluatesIt() throws Exception {
        String mengzhou = "mengzhou:mengzhou";
        JsonNode rounds = get("/api/evaluations/rounds?kind=TEAM&county=mengzhou&year=" + YEAR, mengzhou).json();
        assertEquals(rounds.toString(), 1, rounds.get("total").asInt());
        long round = rounds.at("/items/0/id").asLong();
        assertEquals(403, send("POST", "/api/evaluations/rounds/" + round + "/compute", WUZHI, null).status());
        Reply computed = send("POST", "/api/evaluations/rounds/" + round + "/compute", mengzhou, null);
        assertEquals(computed.toString(), 200, computed.status());
        assertEquals(1, computed.json().get("subjects").asInt());
        JsonNode result = get("/api/evaluations/results?round=" + round, mengzhou).json().at("/items/0");
        assertEquals("孟州市畜牧养殖技术服务团", result.at("/subject/name").asText());
        assertEquals("mengzhou", result.at("/subject/county").asText());
    }

    /** R-TIER-2 (issue 20): the guidance class filters the specialists and coverage counts per class. */
    @Test
    public void R_TIER_2_guidanceClassFiltersSpecialistsAndCoverageCountsPerClass() throws Exception {
        JsonNode rural = get("/api/specialists?guidanceClass=RURAL_ENTREPRENEURSHIP&size=200", CITY).json();
        assertTrue(rural.toString(), rural.get("total").asInt() > 0);
        for (JsonNode specialist : rural.get("items")) {
            assertEquals("RURAL_ENTREPRENEURSHIP", specialist.get("classification").asText());
        }
        Reply unknown = get("/api/specialists?guidanceClass=TOURISM", CITY);
        assertEquals(400, unknown.status());
        assertTrue(unknown.body(), unknown.body().contains("guidanceClass"));
        JsonNode classes = get("/api/coverage", CITY).json().get("guidanceClasses");
        assertEquals(classes.toString(), 2, classes.size());
        assertTrue(classes.toString(), classes.at("/1/specialists").asInt() > 0);
        assertEquals(2, get("/api/progress?guidanceClass=PUBLIC_WELFARE", CITY).json().get("guidanceClasses")
                .size());
        // a squad lists its members by class too, each with their class, and the officers whatever the class
        JsonNode squad = get("/api/squads/wuzhi", CITY).json();
        JsonNode ruralMembers = get("/api/squads/wuzhi?guidanceClass=RURAL_ENTREPRENEURSHIP", CITY).json();
        int welfare = get("/api/squads/wuzhi?guidanceClass=PUBLIC_WELFARE", CITY).json().get("members").size();
        assertEquals(squad.get("members").size(), ruralMembers.get("members").size() + welfare);
        for (JsonNode member : ruralMembers.get("members")) {
            assertEquals("RURAL_ENTREPRENEURSHIP", member.get("guidanceClass").asText());
        }
        assertEquals(squad.get("captain"), ruralMembers.get("captain"));
        assertEquals(400, get("/api/squads/wuzhi?guidanceClass=TOURISM", CITY).status());
        // issue 17: squads and progress a page at a time on request, counted in the database
        JsonNode page = get("/api/squads/wuzhi?page=1&size=1", CITY).json();
        assertEquals(squad.get("members").size(), page.at("/members/total").asInt());
        assertEquals(squad.get("members").get(0), page.at("/members/items/0"));
        assertEquals(squad.get("captain"), page.get("captain"));
        assertEquals(400, get("/api/squads/wuzhi?page=1&size=0", CITY).status());
        JsonNode whole = get("/api/progress?county=wuzhi", CITY).json();
        JsonNode progressPage = get("/api/progress?county=wuzhi&size=2", CITY).json();
        assertEquals(whole.get("specialists").size(), progressPage.at("/specialists/total").asInt());
        assertEquals(Math.min(2, whole.get("specialists").size()), progressPage.at("/specialists/items").size());
        assertEquals(whole.get("guidanceClasses"), progressPage.get("guidanceClasses"));
    }
}
