package io.tepai.itest;

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
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of the built distribution run the way city IT runs it ({@code bin/karaf server}, what {@code bin/start}
 * runs in the background), on free ports of its own beside the Pax Exam container.
 */
final class StandaloneTepai implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final Path home;
    final int httpPort;
    final int sshPort;
    private Process karaf;

    private StandaloneTepai(Path home, int httpPort, int sshPort) {
        this.home = home;
        this.httpPort = httpPort;
        this.sshPort = sshPort;
    }

    /** A fresh copy of {@code target/assembly} (without its data) in {@code target/<name>}, moved to free ports. */
    static StandaloneTepai install(String name) throws IOException {
        Path home = Path.of("target", name).toAbsolutePath();
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
        StandaloneTepai tepai = new StandaloneTepai(home, FreePorts.pick(), FreePorts.pick());
        tepai.append("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port = " + tepai.httpPort);
        tepai.append("etc/org.apache.karaf.shell.cfg", "sshPort = " + tepai.sshPort);
        tepai.append("etc/org.apache.karaf.management.cfg",
                "rmiRegistryPort = " + FreePorts.pick() + "\nrmiServerPort = " + FreePorts.pick());
        return tepai;
    }

    void append(String file, String lines) throws IOException {
        Files.writeString(home.resolve(file), "\n" + lines + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** Adds a feature to those the container installs at boot, as city IT would in etc/. */
    void bootFeature(String feature) throws IOException {
        Path features = home.resolve("etc/org.apache.karaf.features.cfg");
        String text = Files.readString(features, StandardCharsets.UTF_8);
        String start = "featuresBoot = \\\n";
        if (!text.contains(start)) {
            throw new IllegalStateException("featuresBoot not found in " + features);
        }
        Files.writeString(features, text.replace(start, start + "    " + feature + ", \\\n"), StandardCharsets.UTF_8);
    }

    void start() throws IOException {
        karaf = new ProcessBuilder(List.of(home.resolve("bin/karaf").toString(), "server"))
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("karaf.out").toFile())).start();
    }

    boolean alive() {
        return karaf != null && karaf.isAlive();
    }

    /** What a power cut or {@code kill -9} does: the JVM and its launcher script die at once, nothing flushed. */
    void kill() throws InterruptedException {
        List<ProcessHandle> all = Stream.concat(karaf.descendants(), Stream.of(karaf.toHandle())).toList();
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : all) {
            process.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
        karaf.waitFor(30, TimeUnit.SECONDS);
    }

    /** bin/stop, as city IT stops it. */
    void stop() throws Exception {
        if (!alive()) {
            return;
        }
        Process stop = new ProcessBuilder(List.of(home.resolve("bin/stop").toString()))
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve("stop.out").toFile()).start();
        if (!stop.waitFor(60, TimeUnit.SECONDS) || !karaf.waitFor(90, TimeUnit.SECONDS)) {
            kill();
            throw new AssertionError("Tepai did not stop within 90 s of bin/stop");
        }
    }

    @Override
    public void close() throws Exception {
        if (alive()) {
            kill();
        }
    }

    /** Waits until Tepai says it is ready: up, with the demo data completely loaded. */
    void awaitDemoData() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            try {
                if (send("GET", "/api/health/ready", null, null).statusCode() == 200) {
                    return;
                }
            } catch (ConnectException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("Tepai was not ready on port " + httpPort + "; see " + home + "/data/log/karaf.log");
    }

    JsonNode json(String path, String credentials) throws Exception {
        HttpResponse<String> reply = send("GET", path, credentials, null);
        if (reply.statusCode() != 200) {
            throw new AssertionError("GET " + path + " → " + reply.statusCode() + " " + reply.body());
        }
        return JSON.readTree(reply.body());
    }

    HttpResponse<String> send(String method, String path, String credentials, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    credentials.getBytes(StandardCharsets.UTF_8)));
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Runs one of the distribution's {@code bin/} scripts as a cron job would: no terminal, standard input empty.
     * Returns its exit status and everything it printed.
     */
    Script script(String... command) throws Exception {
        List<String> line = new java.util.ArrayList<>(List.of(command));
        line.set(0, home.resolve("bin").resolve(command[0]).toString());
        Process process = new ProcessBuilder(line).directory(home.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within 60 s: " + output);
        }
        return new Script(process.exitValue(), output);
    }

    record Script(int status, String output) {
    }

    String log() throws IOException {
        return Files.readString(home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
    }

    /** How often {@code text} occurs in karaf.log. */
    int logCount(String text) throws IOException {
        String log = log();
        int count = 0;
        for (int at = log.indexOf(text); at >= 0; at = log.indexOf(text, at + 1)) {
            count++;
        }
        return count;
    }

    /**
     * The ERROR lines a Tepai bundle logged. Karaf's own JMX and event dispatch sometimes log an ERROR while the
     * framework itself starts or stops (a race outside Tepai); what must never appear is an error from a Tepai bundle.
     */
    List<String> tepaiErrors() throws IOException {
        return log().lines().filter(line -> line.contains("| ERROR |") && line.contains(" - io.tepai.")).toList();
    }
}
