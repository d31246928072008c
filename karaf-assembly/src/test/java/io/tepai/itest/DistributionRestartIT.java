package io.tepai.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What city IT does: start the distribution, write through the API, stop it with bin/stop, start it again,
 * and find everything still there — with the demo data loaded exactly once and no migration re-applied. Runs
 * {@code bin/karaf server} (what bin/start runs in the background) on a copy of the built distribution, on its
 * ports of its own picked free at test start, beside the Pax Exam container.
 */
class DistributionRestartIT {

    private static final int HTTP = FreePorts.pick();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("city:city".getBytes());

    private final Path home = Path.of("target", "restart-test").toAbsolutePath();
    private Process karaf;

    @Test
    void dataSurvivesAStopAndStart() throws Exception {
        install();
        start();
        awaitDemoData();
        String unit = "{\"code\":\"restart-unit\",\"nameZh\":\"重启测试单位\",\"type\":\"OTHER\"}";
        assertEquals(201, send("POST", "/api/units", unit).statusCode());
        long specialists = json("/api/specialists?size=1").get("total").asLong();
        long assignments = json("/api/assignments?size=1").get("total").asLong();
        deployPlugin("io.tepai.plugin.wuzhi.bases");
        assertEquals(200, send("PUT", "/api/modules/wuzhi-demo-bases/counties/wuzhi", "{\"weight\":15}")
                .statusCode());
        stop();

        start();
        awaitDemoData();
        assertEquals("重启测试单位", json("/api/units/restart-unit").get("nameZh").asText());
        assertEquals(specialists, json("/api/specialists?size=1").get("total").asLong(), "demo data loaded once");
        String log = Files.readString(home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
        assertEquals(1, count(log, "Applying schema migration V1"), "V1 applied on the first start only");
        assertEquals(assignments, json("/api/assignments?size=1").get("total").asLong(), "demo dispatch made once");
        assertEquals(1, count(log, "Loaded the demo data set"));
        assertEquals(1, count(log, "Loaded the demo organisation"));
        assertEquals(1, count(log, "Loaded the demo service records"));
        assertEquals(1, count(log, "Loaded the demo evaluation rounds"));
        JsonNode module = json("/api/modules/wuzhi-demo-bases");
        assertTrue(module.get("loaded").asBoolean(), module.toString());
        assertEquals("[\"wuzhi\"]", module.get("enabledCounties").toString(), "the switch survives the restart");
        assertEquals(15, module.at("/weights/wuzhi").asInt());
        assertTrue(Files.readString(home.resolve("etc/io.tepai.modules.cfg"), StandardCharsets.UTF_8)
                .lines().anyMatch(line -> line.replace(" ", "").equals("wuzhi=wuzhi-demo-bases")),
                "the switch is ConfigAdmin configuration, visible in etc/");
        // Karaf's own JMX and event dispatch sometimes log an ERROR while the framework itself starts or stops
        // (a race outside Tepai); what must never appear is an error from a Tepai bundle.
        List<String> tepaiErrors = log.lines().filter(line -> line.contains("| ERROR |") && line.contains(" - io.tepai."))
                .toList();
        assertTrue(tepaiErrors.isEmpty(), "Tepai errors in karaf.log: " + tepaiErrors);
    }

    @AfterEach
    void stop() throws Exception {
        if (karaf == null || !karaf.isAlive()) {
            return;
        }
        run("stop");
        if (!karaf.waitFor(90, TimeUnit.SECONDS)) {
            karaf.destroyForcibly();
            throw new AssertionError("Tepai did not stop within 90 s of bin/stop");
        }
    }

    private void start() throws IOException {
        karaf = new ProcessBuilder(List.of(home.resolve("bin/karaf").toString(), "server"))
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("karaf.out").toFile())).start();
    }

    /** A fresh copy of the built distribution, moved to ports of its own. */
    private void install() throws IOException {
        if (Files.exists(home)) {
            try (Stream<Path> old = Files.walk(home)) {
                old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Path built = Path.of("target", "assembly");
        try (Stream<Path> files = Files.walk(built)) {
            for (Path source : files.toList()) {
                Path relative = built.relativize(source);
                if (relative.startsWith("data")) {
                    continue;
                }
                Path target = home.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        append("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port = " + HTTP);
        append("etc/org.apache.karaf.shell.cfg", "sshPort = " + FreePorts.pick());
        append("etc/org.apache.karaf.management.cfg",
                "rmiRegistryPort = " + FreePorts.pick() + "\nrmiServerPort = " + FreePorts.pick());
    }

    private void append(String file, String lines) throws IOException {
        Files.writeString(home.resolve(file), "\n" + lines + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private void run(String script) throws Exception {
        Process process = new ProcessBuilder(List.of(home.resolve("bin/" + script).toString()))
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve(script + ".out").toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "bin/" + script + " finished");
    }

    private void awaitDemoData() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            try {
                // the evaluation rounds are the last part of the demo data to load
                HttpResponse<String> reply = send("GET", "/api/evaluations/rounds?size=1", null);
                if (reply.statusCode() == 200 && JSON.readTree(reply.body()).get("total").asLong() >= 4) {
                    return;
                }
            } catch (ConnectException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("Tepai did not come up on port " + HTTP + "; see " + home + "/data/log/karaf.log");
    }

    /** What a county's IT does with a plug-in jar: drop it into deploy/ and wait until Tepai lists the module. */
    private void deployPlugin(String artifact) throws Exception {
        Path jar;
        try (Stream<Path> found = Files.walk(home.resolve("system/io/tepai/" + artifact))) {
            jar = found.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        Files.copy(jar, home.resolve("deploy").resolve(jar.getFileName()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (send("GET", "/api/modules", null).body().contains("\"loaded\":true")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(artifact + " dropped into deploy/ was not loaded within 60 s");
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> reply = send("GET", path, null);
        assertEquals(200, reply.statusCode(), reply.body());
        return JSON.readTree(reply.body());
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP + path))
                .timeout(Duration.ofSeconds(20)).header("Authorization", AUTH)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
