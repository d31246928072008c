package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Properties;
import javax.inject.Inject;
import org.junit.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Chinese in etc/*.cfg (README, Operations): written as backslash-u escapes, read by Karaf's file install as the
 * Chinese it stands for, and written back in the same form when Tepai (or anyone) changes the configuration
 * through ConfigurationAdmin, as Tepai does with its module switches.
 */
public class ChineseConfigIT extends TepaiContainerTest {

    private static final String PID = "io.tepai.itest.chinese";

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Test
    public void theShippedOutcomeIndicatorsArriveAsChinese() throws Exception {
        Reply reply = get("/api/logs/indicators", CITY);
        assertEquals(reply.toString(), 200, reply.status());
        JsonNode farmersTrained = null;
        for (JsonNode indicator : reply.json().get("items")) {
            if (indicator.get("id").asText().equals("farmersTrained")) {
                farmersTrained = indicator;
            }
        }
        assertNotNull(reply.body(), farmersTrained);
        assertEquals("培训农民", farmersTrained.get("nameZh").asText());
        assertEquals("人次", farmersTrained.get("unit").asText());
        assertTrue(reply.body(), reply.body().contains("\"nameZh\":\"领办创办企业或合作社\""));
    }

    @Test
    public void aChineseValueSetThroughConfigurationAdminSurvivesTheFileWrittenBack() throws Exception {
        Path file = Path.of(System.getProperty("karaf.etc"), PID + ".cfg");
        try {
            // what city IT writes: escapes (bin/escape-cfg makes them)
            Files.writeString(file, "# itest\nname = \\u57F9\\u8BAD\\u519C\\u6C11\n", StandardCharsets.US_ASCII);
            Configuration config = await("file install reads " + file, () -> {
                Configuration[] found = configurationAdmin.listConfigurations("(service.pid=" + PID + ")");
                return found != null && "培训农民".equals(found[0].getProperties().get("name")) ? found[0] : null;
            });

            // what Tepai does with its module switches: update through ConfigurationAdmin; file install writes etc/
            Dictionary<String, Object> properties = config.getProperties();
            properties.put("name", "示范推广面积");
            properties.put("unit", "亩");
            config.update(properties);
            String written = await("file install writes " + file, () -> {
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                return text.contains("unit") ? text : null;
            });
            assertTrue("pure ASCII:\n" + written, written.chars().allMatch(c -> c < 0x80));
            Properties reread = new Properties();
            reread.load(new ByteArrayInputStream(written.getBytes(StandardCharsets.ISO_8859_1)));
            assertEquals(written, "示范推广面积", reread.getProperty("name"));
            assertEquals(written, "亩", reread.getProperty("unit"));

            // and read again from the file as written: an edit elsewhere in it makes file install reload it all
            Files.writeString(file, written + "\nedited = yes\n", StandardCharsets.US_ASCII);
            Dictionary<String, Object> reloaded = await("file install reloads " + file, () -> {
                Dictionary<String, Object> now = configurationAdmin.getConfiguration(PID, "?").getProperties();
                return now != null && "yes".equals(now.get("edited")) ? now : null;
            });
            assertEquals("示范推广面积", reloaded.get("name"));
            assertEquals("亩", reloaded.get("unit"));
        } finally {
            Files.deleteIfExists(file);
            await("file install removes " + PID, () ->
                    configurationAdmin.listConfigurations("(service.pid=" + PID + ")") == null ? Boolean.TRUE : null);
        }
    }
}
