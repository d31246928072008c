package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Dictionary;
import javax.inject.Inject;
import org.junit.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Issue 13.1 in the running distribution: {@code yearStart} in {@code io.tepai.service} is read by the one
 * programme calendar, and REST and the console default the year through it, for squads, coverage and progress alike.
 */
public class ProgrammeYearIT extends TepaiContainerTest {

    private static final String PID = "io.tepai.service";

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Test
    public void aProgrammeYearStartingTomorrowMakesEveryDefaultTheYearBefore() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        MonthDay tomorrow = MonthDay.from(today.plusDays(1));
        // 29 February is refused as a start; 1 March is then just as much after today
        MonthDay start = tomorrow.equals(MonthDay.of(2, 29)) ? MonthDay.of(3, 1) : tomorrow;
        // the year that starts tomorrow has not begun, so today is in the one before (unless tomorrow is 1 January)
        int expected = start.equals(MonthDay.of(1, 1)) ? today.getYear() : today.getYear() - 1;
        Configuration config = configurationAdmin.getConfiguration(PID, "?");
        Dictionary<String, Object> properties = config.getProperties();
        Object before = properties.get("yearStart");
        try {
            properties.put("yearStart", String.format("%02d-%02d", start.getMonthValue(), start.getDayOfMonth()));
            config.update(properties);
            await("progress defaults to " + expected, () -> yearOf("/api/progress") == expected ? Boolean.TRUE : null);

            assertEquals(expected, yearOf("/api/coverage"));
            assertEquals(expected, yearOf("/api/squads/wuzhi"));
            assertEquals(start.atYear(expected).toString(), get("/api/progress", CITY).json().get("from").asText());
            String squad = console("tepai:squad wuzhi");
            assertTrue(squad, squad.lines().anyMatch(line -> line.contains("Year") && line.contains("" + expected)));
            String progress = console("tepai:progress");
            assertTrue(progress, progress.strip().startsWith(expected + " ("));
        } finally {
            Dictionary<String, Object> restored = config.getProperties();
            if (before == null) {
                restored.remove("yearStart");
            } else {
                restored.put("yearStart", before);
            }
            config.update(restored);
            if (before == null) {
                await("progress defaults to the calendar year again",
                        () -> yearOf("/api/progress") == today.getYear() ? Boolean.TRUE : null);
            }
        }
    }

    private int yearOf(String path) throws Exception {
        Reply reply = get(path, CITY);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json().get("year").asInt();
    }
}
