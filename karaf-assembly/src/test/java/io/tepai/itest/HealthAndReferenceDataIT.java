package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
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
}
