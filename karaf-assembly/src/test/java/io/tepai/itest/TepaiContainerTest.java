package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tepai.spi.evaluation.CriterionScore;
import io.tepai.spi.evaluation.EvaluationCriterion;
import io.tepai.spi.evaluation.SubjectData;
import io.tepai.spi.module.County;
import io.tepai.testing.TestCriterion;
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
import java.util.Hashtable;
import java.util.List;
import java.util.function.Function;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import javax.inject.Inject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
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
import org.osgi.framework.ServiceRegistration;

/**
 * Boots the assembled Tepai distribution once for all container tests (PerSuite) and gives them HTTP and
 * console access. After every test the container log is checked: an ERROR line or a destroyed JAX-RS
 * container fails the test that caused it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public abstract class TepaiContainerTest {

    /*
     * Ports picked free once per JVM, so that the tests never collide with a Karaf a developer is running (or with
     * another build): the test JVM picks them when this class is first loaded and hands them to the container as
     * system properties, where the same static fields read them back (the test methods run inside the container).
     * Every test class shares them, as it shares the one container (PerSuite).
     */
    static final int HTTP_PORT = FreePorts.port("http");
    static final int HTTPS_PORT = FreePorts.port("https");
    static final int SSH_PORT = FreePorts.port("ssh");
    static final int RMI_REGISTRY_PORT = FreePorts.port("rmiRegistry");
    static final int RMI_SERVER_PORT = FreePorts.port("rmiServer");
    static final String KEYSTORE_PASSWORD = "tepai-itest";
    static final String CITY = "city:city";
    static final String WUZHI = "wuzhi:wuzhi";
    static final String XIUWU = "xiuwu:xiuwu";
    static final String HPU = "hpu:hpu";
    static final String AUDITOR = "auditor:auditor";
    /** Demo specialist 郭明亮 of unit hpu. */
    static final String SPECIALIST = "guoml:guoml";
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
            // the tests count on the demo data set; the distribution boots it too, production leaves it out
            features("mvn:io.tepai/tepai-features/" + System.getProperty("tepai.version") + "/xml/features",
                    "tepai-demo"),
            // the ssh server stays on (port 8101): SshIT drives the console over a real ssh connection
            configureConsole().ignoreLocalConsole(),
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
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port",
                    String.valueOf(HTTP_PORT)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(SSH_PORT)),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
                    String.valueOf(RMI_REGISTRY_PORT)),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort",
                    String.valueOf(RMI_SERVER_PORT)),
            // HTTPS beside HTTP, with a keystore made for this run (README: how city IT turns HTTPS on)
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.secure.enabled", "true"),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port.secure",
                    String.valueOf(HTTPS_PORT)),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.ssl.keystore",
                    testKeystore().toString()),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.ssl.keystore.type", "PKCS12"),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.ssl.keystore.password",
                    KEYSTORE_PASSWORD),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.ssl.key.password",
                    KEYSTORE_PASSWORD),
            systemProperty("tepai.itest.keystore").value(testKeystore().toString()),
            // the probe's own dependencies come from the build's local repository
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository")),
            systemProperty("tepai.itest").value("true"),
            // the README, for the test that runs its examples (the probe runs in the Karaf home, not here)
            systemProperty("tepai.itest.readme").value(Path.of("..", "README.md").toAbsolutePath().normalize()
                    .toString()),
            // a plug-in generated by the archetype and built outside the tree by its integration test (PluginKitIT)
            systemProperty("tepai.itest.generated.criterion").value(Path.of("..", "archetype", "target",
                    "test-classes", "projects", "criterion", "project", "tepai-plugin-wenxian-criterion", "target",
                    "tepai-plugin-wenxian-criterion-1.0.0.jar").toAbsolutePath().normalize().toString()),
            // a plug-in built against SPI 1.0.0 by this build (testing/spi-1.0.0-plugin; Spi100PluginIT)
            systemProperty("tepai.itest.spi100.plugin").value(Path.of("..", "testing", "spi-1.0.0-plugin", "target",
                    "io.tepai.testing.spi100.plugin-" + System.getProperty("tepai.version") + ".jar")
                    .toAbsolutePath().normalize().toString()),
            // on a loaded build machine the probe's invoker took longer than Pax Exam's 10 s to appear, and the run
            // hung waiting for a probe that was never parsed
            systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT").value("120000"),
            FreePorts.asSystemProperties(),
        };
    }

    /** Whether the boot itself was checked; the first test to finish checks the log from its first line. */
    private static boolean bootChecked;

    /** Lines of karaf.log written before the current test started. */
    private long logLinesBefore;

    /** A self-signed localhost certificate, made once per build with the JDK's keytool. */
    static Path testKeystore() {
        Path keystore = Path.of("target", "itest-https.p12").toAbsolutePath();
        if (!Files.exists(keystore)) {
            try {
                Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool")
                        .toString(), "-genkeypair", "-keystore", keystore.toString(), "-storetype", "PKCS12",
                        "-storepass", KEYSTORE_PASSWORD, "-keypass", KEYSTORE_PASSWORD, "-alias", "tepai",
                        "-keyalg", "RSA", "-keysize", "2048", "-validity", "30", "-dname", "CN=localhost",
                        "-ext", "SAN=dns:localhost,ip:127.0.0.1").inheritIO().start();
                if (keytool.waitFor() != 0) {
                    throw new IllegalStateException("keytool failed to make " + keystore);
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("Cannot make the test keystore", e);
            }
        }
        return keystore;
    }

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
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                // ready: up, and the demo data (accounts, records, evaluation rounds) completely loaded
                if (get("/api/health/ready", null).status() == 200) {
                    return;
                }
            } catch (IOException e) {
                // HTTP not up yet
            }
            Thread.sleep(500);
        }
        fail("Tepai did not come up with its demo data within 180 s; see target/exam/*/data/log/karaf.log");
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

    static Path karafLog() {
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

    /** Where the city office records a specialist appointed outside a selection (R-REC-2's documented exception). */
    static final String APPOINTED_BY_EXCEPTION = "/api/specialists/appointed-by-exception";

    /**
     * A specialist draft (JSON) as the body of {@link #APPOINTED_BY_EXCEPTION}: the tests' own ACTIVE fixtures stand
     * for specialists appointed before Tepai, with a term wide enough for any year the tests use.
     */
    static String appointedBefore(String draftJson) {
        return draftJson.substring(0, draftJson.lastIndexOf('}')) + ",\"termStart\":\"2020-01-01\","
                + "\"termEnd\":\"2030-12-31\",\"reason\":\"平台启用前已聘任（容器测试）\"}";
    }

    protected Reply get(String path, String credentials) throws IOException, InterruptedException {
        return send("GET", path, credentials, null);
    }

    protected Reply send(String method, String path, String credentials, String jsonBody)
            throws IOException, InterruptedException {
        return send(method, path, credentials, jsonBody, "application/json");
    }

    protected Reply send(String method, String path, String credentials, String jsonBody, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept)
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

    /** Sends a request and fails unless it answers this status; answers the JSON body. */
    protected JsonNode expect(String method, String path, String credentials, String body, int status)
            throws Exception {
        Reply reply = send(method, path, credentials, body);
        assertEquals(method + " " + path + ": " + reply, status, reply.status());
        return reply.json();
    }

    /** The line of this criterion in a result's breakdown, or null. */
    protected static JsonNode line(JsonNode result, String criterion) {
        for (JsonNode line : result.get("breakdown")) {
            if (line.get("criterionId").asText().equals(criterion)) {
                return line;
            }
        }
        return null;
    }

    /**
     * Waits up to 30 s for what happens in the background (file install, configuration updates) to show.
     *
     * @param check answers null until it sees what it waits for
     */
    protected static <T> T await(String what, Callable<T> check) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            T result = check.call();
            if (result != null) {
                return result;
            }
            Thread.sleep(200);
        }
        fail("Timed out: " + what);
        return null;
    }

    /** Runs a console command as the city office and returns what it printed (stdout and stderr). */
    protected String console(String command) throws Exception {
        return consoleAs("city", command, "city", "ssh");
    }

    /**
     * Runs a console command as a signed-in user with these roles, as an ssh session would, so that the command
     * ACLs apply. A refused command prints its error instead of returning output.
     */
    protected String consoleAs(String user, String command, String... roles) throws Exception {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        for (String role : roles) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, print, print);
        try {
            Object result = Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
            if (result != null) {
                print.println(result);
            }
        } catch (PrivilegedActionException e) {
            print.println("Refused: " + e.getException());
        } catch (Exception e) {
            print.println("Refused: " + e);
        } finally {
            session.close();
        }
        print.flush();
        return output.toString(StandardCharsets.UTF_8);
    }

    /** Waits up to 60 s for a plug-in module to be loaded (registered, its id known) or gone. */
    protected void awaitModule(String module, boolean loaded) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            Reply reply = get("/api/modules/" + module, CITY);
            boolean isLoaded = reply.status() == 200 && reply.json().get("loaded").asBoolean();
            if (isLoaded == loaded) {
                return;
            }
            Thread.sleep(300);
        }
        fail("module " + module + " did not become " + (loaded ? "loaded" : "unloaded") + " within 60 s");
    }

    /** Registers an evaluation criterion from the test bundle, owned by the county, as a plug-in would. */
    protected ServiceRegistration<EvaluationCriterion> registerCriterion(String id, String ownerCounty,
                                                                      Function<SubjectData, CriterionScore> scorer) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(County.PROPERTY, ownerCounty);
        return bundleContext.registerService(EvaluationCriterion.class, new TestCriterion(id, scorer), properties);
    }
}
