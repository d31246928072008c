package io.tepai.itest;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.After;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;

/**
 * Boots the assembled Tepai distribution once for all container tests (PerSuite) and gives them HTTP and
 * console access. After every test the container log is checked: an ERROR line or a destroyed JAX-RS
 * container fails the test that caused it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public abstract class TepaiContainerTest {

    static final String HTTP_PORT = "8181";
    static final String CITY = "city:city";
    /** Decimals stay exact, as the API sends money. */
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected SessionFactory sessionFactory;

    @Configuration
    public Option[] config() {
        String distribution = System.getProperty("tepai.distribution");
        if (distribution == null || !new File(distribution).isFile()) {
            throw new IllegalStateException("Build the distribution first: " + distribution);
        }
        String karaf = System.getProperty("karaf.version");
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(new File(distribution).toURI().toString())
                    .karafVersion(karaf)
                    .unpackDirectory(new File("target/exam"))
                    .useDeployFolder(false)
                    .name("Tepai"),
            keepRuntimeFolder(),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.INFO),
            vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
            // What bin/karaf does on Java 9+ and Pax Exam 4.14 does not: without the patched locator the specs
            // activator fails with NoClassDefFoundError OsgiLocator. Paths are relative to the Karaf home.
            vmOption("--add-reads=java.xml=java.logging"),
            vmOption("--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED"),
            vmOption("--patch-module"),
            vmOption("java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karaf + ".jar"),
            vmOption("--patch-module"),
            vmOption("java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karaf + ".jar"),
            vmOption("--add-opens"),
            vmOption("java.base/java.security=ALL-UNNAMED"),
            vmOption("--add-opens"),
            vmOption("java.base/java.net=ALL-UNNAMED"),
            vmOption("--add-opens"),
            vmOption("java.base/java.lang=ALL-UNNAMED"),
            vmOption("--add-opens"),
            vmOption("java.base/java.util=ALL-UNNAMED"),
            vmOption("--add-opens"),
            vmOption("java.naming/javax.naming.spi=ALL-UNNAMED"),
            vmOption("--add-opens"),
            vmOption("java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED"),
            vmOption("--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED"),
            vmOption("--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED"),
            vmOption("--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED"),
            vmOption("--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED"),
            vmOption("--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED"),
            vmOption("--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED"),
            vmOption("--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED"),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", HTTP_PORT),
            // the probe's own dependencies come from the build's local repository
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository")),
            systemProperty("tepai.itest").value("true"),
        };
    }

    /** Whether the boot itself was checked; the first test to finish checks the log from its first line. */
    private static boolean bootChecked;

    /** Lines of karaf.log written before the current test started. */
    private long logLinesBefore;

    @Before
    public void markLog() throws Exception {
        if (bootChecked) {
            try (var lines = Files.lines(karafLog(), StandardCharsets.UTF_8)) {
                logLinesBefore = lines.count();
            }
        }
        bootChecked = true;
        waitForPlatform();
    }

    public void waitForPlatform() throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                Reply health = get("/api/health", null);
                if (health.status() == 200) {
                    Reply demo = get("/api/specialists?size=1", CITY);
                    if (demo.status() == 200 && demo.json().get("total").asLong() >= 60) {
                        return;
                    }
                }
            } catch (IOException e) {
                // HTTP not up yet
            }
            Thread.sleep(500);
        }
        fail("Tepai did not come up with its demo data within 120 s; see target/exam/*/data/log/karaf.log");
    }

    /** The test that caused an ERROR line (or a destroyed JAX-RS container) in the log fails. */
    @After
    public void logHasNoErrors() throws IOException {
        List<String> bad;
        try (var lines = Files.lines(karafLog(), StandardCharsets.UTF_8)) {
            bad = lines.skip(logLinesBefore)
                    .filter(line -> line.contains("| ERROR |") || line.contains("Destroy container"))
                    .collect(Collectors.toList());
        }
        assertTrue("karaf.log has errors:\n" + String.join("\n", bad), bad.isEmpty());
    }

    private static Path karafLog() {
        return Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
    }

    /** An HTTP answer: status, content type and body. */
    protected record Reply(int status, String contentType, String body) {

        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    protected Reply get(String path, String credentials) throws IOException, InterruptedException {
        return send("GET", path, credentials, null);
    }

    protected Reply send(String method, String path, String credentials, String jsonBody)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (credentials != null) {
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    /** Runs a console command and returns what it printed (stdout and stderr). */
    protected String console(String command) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, print, print);
        try {
            Object result = session.execute(command);
            if (result != null) {
                print.println(result);
            }
        } finally {
            session.close();
        }
        print.flush();
        return output.toString(StandardCharsets.UTF_8);
    }
}
