package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.Test;

/** Health, counties, units and tiers over real HTTP in the booted distribution. */
public class HealthAndReferenceDataIT extends TepaiContainerTest {

    @Test
    public void healthReportsDatabaseAndTiersUp() throws Exception {
        Reply health = get("/api/health", null);
        assertEquals(health.toString(), 200, health.status());
        assertEquals("UP", health.json().at("/components/database").asText());
        assertTrue(health.json().at("/components/tiers").asText().startsWith("UP"));
    }

    /**
     * The start order that keeps the container from hanging at boot (io.tepai.httpgate): the JAX-RS whiteboard
     * starts once Pax Web's HTTP runtime is up, in Karaf's feature thread, never inside Pax Web's configuration
     * thread (where it deadlocked with Tepai's services registering from Karaf's).
     */
    @Test
    public void theJaxRsWhiteboardStartsAfterTheHttpRuntimeOutsidePaxWebsThread() throws Exception {
        List<String> log = Files.readAllLines(karafLog(), StandardCharsets.UTF_8);
        int gate = firstLineWith(log, "Pax Web's HTTP runtime is up");
        int whiteboard = firstLineWith(log, "created whiteboard from configuration");
        assertTrue("the gate's line and then the whiteboard's, in karaf.log: " + gate + ", " + whiteboard,
                gate >= 0 && whiteboard > gate);
        assertFalse(log.get(whiteboard), log.get(whiteboard).contains("| paxweb-config"));
    }

    private static int firstLineWith(List<String> log, String text) {
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    public void elevenCountiesWithStableCodesAndDivisionCodes() throws Exception {
        JsonNode page = get("/api/counties?size=50", null).json();
        assertEquals(11, page.get("total").asInt());
        assertEquals("jiefang", page.at("/items/0/code").asText());
        JsonNode wuzhi = get("/api/counties/wuzhi", null).json();
        assertEquals("武陟县", wuzhi.get("nameZh").asText());
        assertEquals("410823", wuzhi.get("divisionCode").asText());
        assertEquals("", get("/api/counties/shifanqu", null).json().get("divisionCode").asText());
    }

    @Test
    public void builtInTiersOfRTier1AreListed() throws Exception {
        JsonNode tiers = get("/api/tiers", null).json();
        assertEquals(5, tiers.get("total").asInt());
        JsonNode city = get("/api/tiers/city", null).json();
        assertEquals("CITY", city.get("supportLevel").asText());
        assertEquals(30, city.at("/annualServiceThreshold/minFieldDays").asInt());
        assertEquals(12, city.at("/annualServiceThreshold/minServices").asInt());
        assertEquals(0, new BigDecimal("20000").compareTo(city.at("/annualFunding/annualAmount").decimalValue()));
    }

    @Test
    public void unitLifecycleAndDeleteRefusedWhileSpecialistsBelong() throws Exception {
        String unit = "{\"code\":\"itest-unit\",\"nameZh\":\"测试研究所\",\"nameEn\":\"Test Institute\","
                + "\"type\":\"RESEARCH_INSTITUTE\",\"contact\":{\"name\":\"王老师\",\"phone\":\"0391-1234567\"}}";
        Reply created = send("POST", "/api/units", CITY, unit);
        assertEquals(created.toString(), 201, created.status());
        assertEquals(409, send("POST", "/api/units", CITY, unit).status());
        assertEquals(1, get("/api/units?q=itest", null).json().get("total").asInt());

        Reply updated = send("PUT", "/api/units/itest-unit", CITY,
                unit.replace("测试研究所", "测试研究院").replace("{\"code\"", "{\"version\":1,\"code\""));
        assertEquals(updated.toString(), 200, updated.status());
        assertEquals("测试研究院", get("/api/units/itest-unit", null).json().get("nameZh").asText());
        assertEquals(204, send("DELETE", "/api/units/itest-unit?version=2", CITY, null).status());
        assertEquals(404, get("/api/units/itest-unit", null).status());

        long hpuVersion = get("/api/units/hpu", null).json().get("version").asLong();
        Reply refused = send("DELETE", "/api/units/hpu?version=" + hpuVersion, CITY, null);
        assertEquals(refused.toString(), 409, refused.status());
        assertEquals(200, get("/api/units/hpu", null).status());
    }

    @Test
    public void unknownPathAndBadPagingAreProblems() throws Exception {
        Reply unknown = get("/api/nothing-here", null);
        assertEquals(404, unknown.status());
        assertTrue(unknown.contentType().startsWith("application/problem+json"));
        Reply badPage = get("/api/units?page=0", null);
        assertEquals(400, badPage.status());
        assertEquals("page", badPage.json().at("/errors/0/field").asText());
    }
}
