package io.tepai.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What city IT does: start the distribution, write through the API, stop it with bin/stop, start it again,
 * and find everything still there — with the demo data loaded exactly once and no migration re-applied. Runs
 * {@code bin/karaf server} (what bin/start runs in the background) on a copy of the built distribution, on
 * ports of its own picked free at test start, beside the Pax Exam container.
 */
class DistributionRestartIT {

    private static final String CITY = "city:city";

    private StandaloneTepai tepai;

    @AfterEach
    void shutDown() throws Exception {
        if (tepai != null) {
            tepai.stop();
            tepai.close();
        }
    }

    @Test
    void dataSurvivesAStopAndStart() throws Exception {
        tepai = StandaloneTepai.install("restart-test");
        tepai.start();
        tepai.awaitDemoData();
        String unit = "{\"code\":\"restart-unit\",\"nameZh\":\"重启测试单位\",\"type\":\"OTHER\"}";
        assertEquals(201, tepai.send("POST", "/api/units", CITY, unit).statusCode());
        long specialists = tepai.json("/api/specialists?size=1", CITY).get("total").asLong();
        long assignments = tepai.json("/api/assignments?size=1", CITY).get("total").asLong();
        deployPlugin("io.tepai.plugin.wuzhi.bases");
        assertEquals(200, tepai.send("PUT", "/api/modules/wuzhi-demo-bases/counties/wuzhi", CITY, "{\"weight\":15}")
                .statusCode());
        tepai.stop();

        tepai.start();
        tepai.awaitDemoData();
        assertEquals("重启测试单位", tepai.json("/api/units/restart-unit", CITY).get("nameZh").asText());
        assertEquals(specialists, tepai.json("/api/specialists?size=1", CITY).get("total").asLong(),
                "demo data loaded once");
        String log = tepai.log();
        assertEquals(1, count(log, "Applying schema migration V1"), "V1 applied on the first start only");
        assertEquals(assignments, tepai.json("/api/assignments?size=1", CITY).get("total").asLong(),
                "demo dispatch made once");
        assertEquals(1, count(log, "Loaded the demo data set"));
        assertEquals(1, count(log, "Loaded the demo organisation"));
        assertEquals(1, count(log, "Loaded the demo service records"));
        assertEquals(1, count(log, "Loaded the demo evaluation rounds"));
        JsonNode module = tepai.json("/api/modules/wuzhi-demo-bases", CITY);
        assertTrue(module.get("loaded").asBoolean(), module.toString());
        assertEquals("[\"wuzhi\"]", module.get("enabledCounties").toString(), "the switch survives the restart");
        assertEquals(15, module.at("/weights/wuzhi").asInt());
        assertTrue(Files.readString(tepai.home.resolve("etc/io.tepai.modules.cfg"), StandardCharsets.UTF_8)
                .lines().anyMatch(line -> line.replace(" ", "").equals("wuzhi=wuzhi-demo-bases")),
                "the switch is ConfigAdmin configuration, visible in etc/");
        scriptsWorkWithoutATerminal();
        // Karaf's own JMX and event dispatch sometimes log an ERROR while the framework itself starts or stops
        // (a race outside Tepai); what must never appear is an error from a Tepai bundle.
        List<String> tepaiErrors = log.lines().filter(line -> line.contains("| ERROR |") && line.contains(" - io.tepai."))
                .toList();
        assertTrue(tepaiErrors.isEmpty(), "Tepai errors in karaf.log: " + tepaiErrors);
    }

    /**
     * City IT's cron jobs: bin/client with the command as an argument and no terminal runs it and exits with its
     * status (Karaf's client alone printed "Closed"), and no script complains that JAVA_HOME is not set.
     */
    private void scriptsWorkWithoutATerminal() throws Exception {
        String port = String.valueOf(tepai.sshPort);
        StandaloneTepai.Script counties = tepai.script("client", "-a", port, "-u", "wuzhi", "-p", "wuzhi",
                "tepai:counties");
        assertEquals(0, counties.status(), counties.output());
        assertTrue(counties.output().contains("武陟县"), counties.output());
        StandaloneTepai.Script missing = tepai.script("client", "-a", port, "-u", "wuzhi", "-p", "wuzhi", "tepai:log",
                "99999");
        assertEquals(1, missing.status(), missing.output());
        assertTrue(missing.output().contains("Service log '99999' does not exist"), missing.output());
        StandaloneTepai.Script status = tepai.script("status");
        assertEquals(0, status.status(), status.output());
        assertFalse(status.output().contains("JAVA_HOME"), status.output());
    }

    /** What a county's IT does with a plug-in jar: drop it into deploy/ and wait until Tepai lists the module. */
    private void deployPlugin(String artifact) throws Exception {
        Path jar;
        try (Stream<Path> found = Files.walk(tepai.home.resolve("system/io/tepai/" + artifact))) {
            jar = found.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        Files.copy(jar, tepai.home.resolve("deploy").resolve(jar.getFileName()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (tepai.send("GET", "/api/modules", CITY, null).body().contains("\"loaded\":true")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(artifact + " dropped into deploy/ was not loaded within 60 s");
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
