package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.Test;

/**
 * The specialist API end to end in the booted distribution: create, filtered and paged lists, update with
 * optimistic locking, delete, and bad input that must change nothing (R-ELIG-1, R-TIER-1, R-FIELD-1).
 */
public class SpecialistApiIT extends TepaiContainerTest {

    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    private static final String NEW_SPECIALIST = "{\"name\":\"测试专家\",\"unitCode\":\"hpu\","
            + "\"titleLevel\":\"ASSOCIATE_SENIOR\",\"title\":\"副教授\",\"degree\":\"DOCTORATE\","
            + "\"fields\":[\"容器测试\",\"设施蔬菜\"],\"sectors\":[\"PRIMARY\"],\"chainSegments\":[\"PRODUCTION\"],"
            + "\"tierId\":\"city\",\"classification\":\"PUBLIC_WELFARE\",\"counties\":[\"boai\"],"
            + "\"phone\":\"13800000000\",\"email\":\"itest@example.edu.cn\","
            + "\"serviceExperience\":\"在博爱县指导设施蔬菜三年\",\"status\":\"CANDIDATE\"}";

    @Test
    public void R_REC_3_demoSpecialistsServeWuzhiAsDispatchedThisYear() throws Exception {
        Reply reply = get("/api/specialists?county=wuzhi", CITY);
        assertEquals(reply.toString(), 200, reply.status());
        JsonNode page = reply.json();
        // the demo's seven at least; other tests in the shared container dispatch their own to 武陟县 too
        int demo = 0;
        for (JsonNode specialist : page.get("items")) {
            JsonNode dispatch = get("/api/assignments?county=wuzhi&year=" + THIS_YEAR + "&specialist="
                    + specialist.get("id").asLong(), CITY)
                    .json();
            assertEquals(specialist.toString(), 1, dispatch.get("total").asInt());
            demo += specialist.get("sample").asBoolean() ? 1 : 0;
        }
        assertTrue(page.toString(), demo >= 7);
        assertEquals(0, get("/api/specialists?county=wuzhi&year=2001", CITY).json().get("total").asInt());
        assertEquals(400, get("/api/specialists?county=wuzhi&year=1999", CITY).status());
    }

    @Test
    public void listsArePagedAndFiltered() throws Exception {
        JsonNode first = get("/api/specialists?size=7&page=1", CITY).json();
        JsonNode second = get("/api/specialists?size=7&page=2", CITY).json();
        assertEquals(7, first.get("items").size());
        assertEquals(1, first.get("page").asInt());
        assertEquals(7, first.get("size").asInt());
        assertEquals(first.get("total"), second.get("total"));
        assertTrue(first.at("/items/6/id").asLong() < second.at("/items/0/id").asLong());

        JsonNode hpuCity = get("/api/specialists?unit=hpu&tier=city&status=active&size=200", CITY).json();
        for (JsonNode specialist : hpuCity.get("items")) {
            assertEquals("hpu", specialist.get("unitCode").asText());
            assertEquals("city", specialist.get("tierId").asText());
            assertEquals("ACTIVE", specialist.get("status").asText());
        }
        JsonNode yam = get("/api/specialists?field=%E6%80%80%E5%B1%B1%E8%8D%AF&size=200", CITY).json();
        assertTrue("someone works on 怀山药", yam.get("total").asInt() > 0);
        for (JsonNode specialist : yam.get("items")) {
            assertTrue(specialist.get("fields").toString().contains("怀山药"));
        }
    }

    /** Issue 17: following each page's next as after walks the list by id, with the filters; bad input is a 400. */
    @Test
    public void listsAlsoPageAfterTheLastIdOfThePreviousPage() throws Exception {
        JsonNode byNumber = get("/api/specialists?unit=hpu&size=4&page=2", CITY).json();
        JsonNode first = get("/api/specialists?unit=hpu&size=4", CITY).json();
        assertEquals(first.at("/items/3/id"), first.get("next"));
        JsonNode second = get("/api/specialists?unit=hpu&size=4&after=" + first.get("next").asLong(), CITY).json();
        assertEquals(byNumber.get("items"), second.get("items"));
        assertEquals(-1, second.get("total").asInt());
        JsonNode wuzhi = get("/api/specialists?county=wuzhi&size=1", CITY).json();
        JsonNode wuzhiNext = get("/api/specialists?county=wuzhi&size=200&after=" + wuzhi.get("next").asLong(), CITY)
                .json();
        assertEquals(wuzhi.get("total").asInt() - 1, wuzhiNext.get("items").size());
        assertTrue(wuzhiNext.get("next").isNull());

        for (String bad : new String[] {"after=abc", "after=0", "after=5&page=2"}) {
            Reply refused = get("/api/specialists?" + bad, CITY);
            assertEquals(bad, 400, refused.status());
            assertEquals(bad, "after", refused.json().at("/errors/0/field").asText());
        }
        assertEquals(400, get("/api/logs?after=999999999", CITY).status());
    }

    @Test
    public void createUpdateWithStaleVersionAndDelete() throws Exception {
        Reply created = send("POST", "/api/specialists", CITY, NEW_SPECIALIST);
        assertEquals(created.toString(), 201, created.status());
        ObjectNode specialist = (ObjectNode) created.json();
        long id = specialist.get("id").asLong();
        assertEquals(1, specialist.get("version").asLong());
        assertEquals(false, specialist.get("sample").asBoolean());

        specialist.put("title", "教授");
        specialist.put("titleLevel", "SENIOR");
        Reply updated = send("PUT", "/api/specialists/" + id, CITY, specialist.toString());
        assertEquals(updated.toString(), 200, updated.status());
        assertEquals(2, updated.json().get("version").asLong());
        assertEquals("教授", get("/api/specialists/" + id, CITY).json().get("title").asText());

        specialist.put("title", "研究员");
        Reply stale = send("PUT", "/api/specialists/" + id, CITY, specialist.toString());
        assertEquals(stale.toString(), 409, stale.status());
        assertTrue(stale.contentType().startsWith("application/problem+json"));
        assertEquals("教授", get("/api/specialists/" + id, CITY).json().get("title").asText());

        Reply staleDelete = send("DELETE", "/api/specialists/" + id + "?version=1", CITY, null);
        assertEquals(409, staleDelete.status());
        Reply deleted = send("DELETE", "/api/specialists/" + id + "?version=2", CITY, null);
        assertEquals(deleted.toString(), 204, deleted.status());
        assertEquals(404, get("/api/specialists/" + id, CITY).status());
    }

    @Test
    public void R_ELIG_1_ineligibleCandidateIsRejectedUnlessAReasonIsRecorded() throws Exception {
        long before = total();
        String junior = NEW_SPECIALIST.replace("ASSOCIATE_SENIOR", "JUNIOR").replace("DOCTORATE", "BACHELOR");
        Reply rejected = send("POST", "/api/specialists", CITY, junior);
        assertEquals(rejected.toString(), 422, rejected.status());
        assertEquals("R-ELIG-1", rejected.json().get("rule").asText());
        assertEquals(before, total());

        String excepted = junior.replace("\"status\":\"CANDIDATE\"",
                "\"status\":\"CANDIDATE\",\"eligibilityException\":\"农村电商实践突出，经单位推荐破格选派\"");
        Reply admitted = send("POST", "/api/specialists", CITY, excepted);
        assertEquals(admitted.toString(), 201, admitted.status());
        assertEquals("农村电商实践突出，经单位推荐破格选派", admitted.json().get("eligibilityException").asText());
        send("DELETE", "/api/specialists/" + admitted.json().get("id").asLong() + "?version=1", CITY, null);
    }

    @Test
    public void badInputGetsProblemJsonAndChangesNothing() throws Exception {
        long before = total();
        Reply malformed = send("POST", "/api/specialists", CITY, "{\"name\": ");
        assertEquals(malformed.toString(), 400, malformed.status());
        assertTrue(malformed.contentType().startsWith("application/problem+json"));

        Reply missing = send("POST", "/api/specialists", CITY, "{\"name\":\"\",\"fields\":[]}");
        assertEquals(400, missing.status());
        String errors = missing.json().get("errors").toString();
        for (String field : new String[] {"name", "unitCode", "titleLevel", "degree", "tierId", "fields"}) {
            assertTrue(field + " reported in " + errors, errors.contains("\"" + field + "\""));
        }

        Reply typo = send("POST", "/api/specialists", CITY, NEW_SPECIALIST.replace("\"phone\"", "\"phoen\""));
        assertEquals(400, typo.status());
        assertTrue(typo.body().contains("phoen"));

        Reply unknownTier = send("POST", "/api/specialists", CITY, NEW_SPECIALIST.replace("\"city\"", "\"nope\""));
        assertEquals(422, unknownTier.status());
        assertEquals("R-TIER-1", unknownTier.json().get("rule").asText());

        Reply unknownUnit = send("POST", "/api/specialists", CITY, NEW_SPECIALIST.replace("\"hpu\"", "\"nowhere\""));
        assertEquals(400, unknownUnit.status());
        assertTrue(unknownUnit.json().get("errors").toString().contains("unitCode"));

        assertEquals(before, total());
    }

    @Test
    public void writesNeedValidCredentialsAndSpecialistsAreNotPublic() throws Exception {
        Reply anonymousWrite = send("POST", "/api/specialists", null, NEW_SPECIALIST);
        assertEquals(401, anonymousWrite.status());
        Reply wrongPassword = get("/api/specialists", "city:wrong");
        assertEquals(401, wrongPassword.status());
        assertEquals(401, get("/api/specialists", null).status());
        assertEquals(404, get("/api/specialists/999999", CITY).status());
        Reply badStatus = get("/api/specialists?status=retired", CITY);
        assertEquals(400, badStatus.status());
        assertEquals(400, get("/api/specialists?size=500", CITY).status());
    }

    private long total() throws Exception {
        return get("/api/specialists?size=1", CITY).json().get("total").asLong();
    }
}
