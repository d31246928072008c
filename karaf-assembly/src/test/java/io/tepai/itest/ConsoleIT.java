package io.tepai.itest;

import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** The tepai console commands in the booted distribution. */
public class ConsoleIT extends TepaiContainerTest {

    @Test
    public void countiesTableListsAllElevenCounties() throws Exception {
        String output = console("tepai:counties");
        for (String county : new String[] {"jiefang", "wuzhi", "xiuwu", "shifanqu", "410823"}) {
            assertTrue(county + " in\n" + output, output.contains(county));
        }
    }

    @Test
    public void specialistsFilteredByCountyShowDemoSpecialists() throws Exception {
        String output = console("tepai:specialists --county wuzhi --size 50");
        String first = get("/api/specialists?county=wuzhi&size=1", CITY).json().at("/items/0/name").asText();
        assertTrue(first + " in\n" + output, output.contains(first));
        assertTrue(output, output.contains("Page 1 of 1"));
    }

    @Test
    public void oneSpecialistAndUnknownIdGivesAClearError() throws Exception {
        long id = get("/api/specialists?county=xiuwu&size=1", CITY).json().at("/items/0/id").asLong();
        String name = get("/api/specialists/" + id, CITY).json().get("name").asText();
        assertTrue(console("tepai:specialist " + id).contains(name));
        String missing = console("tepai:specialist 987654");
        assertTrue(missing, missing.contains("does not exist"));
    }

    @Test
    public void tiersShowThresholdAndFunding() throws Exception {
        String output = console("tepai:tiers");
        assertTrue(output, output.contains("city"));
        assertTrue(output, output.contains("20000.00"));
        assertTrue(output, output.contains("unit-own"));
    }

    @Test
    public void invalidOptionValueIsExplained() throws Exception {
        String output = console("tepai:specialists --status retired");
        assertTrue(output, output.contains("CANDIDATE"));
    }
}
