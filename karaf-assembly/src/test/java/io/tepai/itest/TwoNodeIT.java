package io.tepai.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tepai.store.testing.PostgresServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two nodes on one PostgreSQL, as the city runs them behind a load balancer (issue 18, README "Two nodes"): two
 * copies of the built distribution in {@code target/two-node-a} and {@code target/two-node-b}, each on free ports of
 * its own, both pointed at one empty database on {@link PostgresServer} and started at the same moment, with the demo
 * data and 武陟县's plug-in installed on each (plug-in features are per node). The nodes are shared by the tests, in
 * order; the kill comes last. This is also the build's slice of the container on PostgreSQL: migrations, the demo
 * load and an evaluation round with certificates run on it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CITY = "city:city";
    private static final String WUZHI = "wuzhi:wuzhi";
    private static final Pattern MIGRATION = Pattern.compile("Applying schema migration V(\\d+):");
    private static final Pattern CERTIFICATE = Pattern.compile("JZKTP-\\d{4}-\\d{4}");
    private static final int WRITERS_PER_NODE = 3;

    private final PostgresServer postgres = PostgresServer.get();
    private String database;
    private StandaloneTepai a;
    private StandaloneTepai b;
    /** Kills the nodes should the test JVM end without {@link #shutDown()} (a build timeout): CI must not leak them. */
    private final Thread reaper = new Thread(this::killNodes, "two-node-reaper");

    @BeforeAll
    void startBothAtOnce() throws Exception {
        Runtime.getRuntime().addShutdownHook(reaper);
        database = postgres.createDatabase();
        a = node("two-node-a");
        b = node("two-node-b");
        a.start();
        b.start();
        a.awaitDemoData();
        b.awaitDemoData();
    }

    /** A fresh copy of the distribution pointed at the shared database, as README "Switching to PostgreSQL" says. */
    private StandaloneTepai node(String name) throws Exception {
        StandaloneTepai node = StandaloneTepai.install(name);
        PGSimpleDataSource pg = (PGSimpleDataSource) postgres.dataSource(database);
        String password = pg.getPassword() == null ? "" : pg.getPassword();
        Files.writeString(node.home.resolve("etc/org.ops4j.datasource-tepai.cfg"), String.join("\n",
                "osgi.jdbc.driver.name = PostgreSQL JDBC Driver",
                "url = " + pg.getUrl(),
                "user = " + pg.getUser(),
                "password = " + password,
                "dataSourceName = tepai",
                "pool = dbcp2",
                "xa = false",
                ""));
        node.bootFeature("tepai-plugin-wuzhi-bases");
        return node;
    }

    @AfterAll
    void shutDown() {
        killNodes();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway
        }
        if (database != null) {
            postgres.drop(database);
        }
    }

    private void killNodes() {
        for (StandaloneTepai node : new StandaloneTepai[] {a, b}) {
            try {
                if (node != null) {
                    node.close();
                }
            } catch (Exception e) {
                System.err.println("Could not kill " + node.home + ": " + e);
            }
        }
    }

    /**
     * Both nodes came up on the empty database at once: each migration was applied by exactly one of them and
     * recorded once, the demo data was loaded once (by one node, the other waited and found it there), and neither
     * logged a Tepai error.
     */
    @Test
    @Order(1)
    void bothStartOnAnEmptyDatabaseAtOnce() throws Exception {
        for (StandaloneTepai node : List.of(a, b)) {
            assertEquals(200, node.send("GET", "/api/health", null, null).statusCode(), node.home.toString());
        }
        List<Integer> applied = new ArrayList<>();
        for (StandaloneTepai node : List.of(a, b)) {
            Matcher migration = MIGRATION.matcher(node.log());
            while (migration.find()) {
                applied.add(Integer.parseInt(migration.group(1)));
            }
        }
        assertEquals(applied.size(), Set.copyOf(applied).size(), "a migration applied by both nodes: " + applied);
        assertEquals(new TreeSet<>(applied).toString(), rows("SELECT version FROM tepai_schema_version ORDER BY version")
                .toString(), "each migration recorded once, by the node that applied it");

        assertEquals(List.of(), rows("SELECT unit_code || ' ' || name FROM specialist GROUP BY unit_code, name"
                + " HAVING COUNT(*) > 1"), "specialists the demo load created twice");
        assertEquals(List.of(), rows("SELECT username FROM account GROUP BY username HAVING COUNT(*) > 1"));
        for (String part : List.of("data set", "organisation", "service records", "evaluation rounds", "funding")) {
            assertEquals(1, a.logCount("Loaded the demo " + part) + b.logCount("Loaded the demo " + part),
                    "demo " + part + " loaded by exactly one node");
        }
        assertEquals(a.json("/api/specialists?size=1", CITY).get("total"),
                b.json("/api/specialists?size=1", CITY).get("total"));
        assertEquals(List.of(), a.tepaiErrors(), "Tepai errors in node A's karaf.log");
        assertEquals(List.of(), b.tepaiErrors(), "Tepai errors in node B's karaf.log");
    }

    /**
     * A write on one node is read on the other at once, Chinese intact — also when the other node read the record
     * before: what a node remembers of a record must never hide another node's change.
     */
    @Test
    @Order(2)
    void aWriteOnOneNodeIsReadOnTheOther() throws Exception {
        String unit = "{\"code\":\"two-node-unit\",\"nameZh\":\"焦作市双节点测试站（𠮷）\",\"type\":\"OTHER\"}";
        HttpResponse<String> created = a.send("POST", "/api/units", CITY, unit);
        assertEquals(201, created.statusCode(), created.body());
        JsonNode onB = b.json("/api/units/two-node-unit", CITY);
        assertEquals("焦作市双节点测试站（𠮷）", onB.get("nameZh").asText());

        String renamed = "{\"code\":\"two-node-unit\",\"nameZh\":\"焦作市双节点测试站（改名）\",\"type\":\"OTHER\",\"version\":"
                + onB.get("version").asLong() + "}";
        HttpResponse<String> put = a.send("PUT", "/api/units/two-node-unit", CITY, renamed);
        assertEquals(200, put.statusCode(), put.body());
        assertEquals("焦作市双节点测试站（改名）", b.json("/api/units/two-node-unit", CITY).get("nameZh").asText(),
                "node B still serves the name it read before node A's change");
        // and a write on B based on what B serves is not refused as stale
        String onceMore = "{\"code\":\"two-node-unit\",\"nameZh\":\"焦作市双节点测试站\",\"type\":\"OTHER\",\"version\":"
                + b.json("/api/units/two-node-unit", CITY).get("version").asLong() + "}";
        HttpResponse<String> putOnB = b.send("PUT", "/api/units/two-node-unit", CITY, onceMore);
        assertEquals(200, putOnB.statusCode(), putOnB.body());
        assertEquals("焦作市双节点测试站", a.json("/api/units/two-node-unit", CITY).get("nameZh").asText());
    }

    /**
     * 武陟县 switches its criterion on through node A; the round computed on node B counts it. The switch must live
     * where both nodes read it (the database), not in node A's etc/.
     */
    @Test
    @Order(3)
    void aModuleSwitchedOnOneNodeCountsOnTheOther() throws Exception {
        for (StandaloneTepai node : List.of(a, b)) {
            awaitModuleLoaded(node, "wuzhi-demo-bases");
        }
        HttpResponse<String> on = a.send("PUT", "/api/modules/wuzhi-demo-bases/counties/wuzhi", WUZHI, null);
        assertEquals(200, on.statusCode(), on.body());
        assertEquals("[\"wuzhi\"]", b.json("/api/modules/wuzhi-demo-bases", CITY).get("enabledCounties").toString(),
                "node B does not know the switch made on node A");
        long round = b.json("/api/evaluations/rounds?kind=SPECIALIST&county=wuzhi", WUZHI).get("items").get(0)
                .get("id").asLong();
        HttpResponse<String> computed = b.send("POST", "/api/evaluations/rounds/" + round + "/compute", WUZHI, null);
        assertEquals(200, computed.statusCode(), computed.body());
        JsonNode results = b.json("/api/evaluations/results?round=" + round + "&size=100", WUZHI).get("items");
        assertTrue(results.size() > 0, "武陟县's round has subjects");
        for (JsonNode result : results) {
            assertTrue(result.get("breakdown").findValuesAsText("criterionId").contains("wuzhi-demo-bases"),
                    "computed on node B without the criterion switched on through node A: " + result);
        }
    }

    /**
     * One evaluation round on each node, computed, reviewed and published there, each with one specialist adjusted to
     * 优秀: the two certificates issued on different nodes carry different numbers, and either node serves both.
     */
    @Test
    @Order(4)
    void evaluationRoundsAndCertificatesOnBothNodes() throws Exception {
        // the demo's rounds with a place for 优秀 (a round of fewer than 7 subjects has none, R-EVAL-3): 武陟县's, which
        // the test before computed on node B, and one more
        List<Long> rounds = new ArrayList<>();
        for (JsonNode round : a.json("/api/evaluations/rounds?kind=SPECIALIST&size=100", CITY).get("items")) {
            if (!List.of("DRAFT", "COMPUTED").contains(round.get("status").asText())) {
                continue; // the demo publishes 博爱县's round
            }
            HttpResponse<String> reply = a.send("POST", "/api/evaluations/rounds/" + round.get("id").asLong()
                    + "/compute", CITY, null);
            assertEquals(200, reply.statusCode(), round + " → " + reply.body());
            JsonNode computed = JSON.readTree(reply.body());
            if (computed.get("excellentQuota").asInt() > 0 && rounds.size() < 2) {
                rounds.add(computed.get("id").asLong());
            }
        }
        assertEquals(2, rounds.size(), "two demo rounds with a place for 优秀");
        List<String> certificates = new ArrayList<>();
        List<Long> results = new ArrayList<>();
        StandaloneTepai[] publishers = {a, b};
        for (int i = 0; i < 2; i++) {
            StandaloneTepai node = publishers[i];
            long round = rounds.get(i);
            // computed again on the node that publishes it, from the records the other node computed it from
            HttpResponse<String> computed = node.send("POST", "/api/evaluations/rounds/" + round + "/compute", CITY,
                    null);
            assertEquals(200, computed.statusCode(), computed.body());
            JsonNode first = node.json("/api/evaluations/results?round=" + round + "&size=1", CITY).get("items").get(0);
            String adjust = "{\"version\":" + first.get("version").asLong()
                    + ",\"grade\":\"EXCELLENT\",\"reason\":\"市考核组评议：服务成效突出\"}";
            HttpResponse<String> adjusted = node.send("POST", "/api/evaluations/results/" + first.get("id").asLong()
                    + "/adjust", CITY, adjust);
            assertEquals(200, adjusted.statusCode(), adjusted.body());
            for (String step : List.of("review", "publish")) {
                long version = node.json("/api/evaluations/rounds/" + round, CITY).get("version").asLong();
                HttpResponse<String> done = node.send("POST", "/api/evaluations/rounds/" + round + "/" + step, CITY,
                        "{\"version\":" + version + "}");
                assertEquals(200, done.statusCode(), step + " " + done.body());
            }
            long result = first.get("id").asLong();
            results.add(result);
            certificates.add(node.json("/api/evaluations/results/" + result, CITY).get("certificateNo").asText());
        }
        assertTrue(certificates.stream().allMatch(number -> CERTIFICATE.matcher(number).matches()),
                certificates.toString());
        assertNotEquals(certificates.get(0), certificates.get(1), "two nodes issued one certificate number twice");
        for (StandaloneTepai node : List.of(a, b)) {
            for (long result : results) {
                HttpResponse<String> pdf = node.send("GET", "/api/evaluations/results/" + result + "/certificate",
                        CITY, null);
                assertEquals(200, pdf.statusCode(), pdf.body());
                assertTrue(pdf.body().startsWith("%PDF"), "a PDF");
            }
        }
        assertEquals(List.of(), rows("SELECT certificate_no FROM evaluation_result WHERE certificate_no IS NOT NULL"
                + " GROUP BY certificate_no HAVING COUNT(*) > 1"));
    }

    private static void awaitModuleLoaded(StandaloneTepai node, String module) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!node.json("/api/modules/" + module, CITY).get("loaded").asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(module + " was not loaded on " + node.home + " within 60 s");
            }
            Thread.sleep(500);
        }
    }

    /**
     * Writers on both nodes while node B dies by {@code kill -9}: node A keeps answering, and every write either node
     * acknowledged is in the database, read through node A.
     */
    @Test
    @Order(5)
    void killingOneNodeUnderWriteLoadLosesNoAcknowledgedWrite() throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger answeredByAAfterKill = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(2 * WRITERS_PER_NODE);
        for (int w = 0; w < WRITERS_PER_NODE; w++) {
            for (StandaloneTepai node : List.of(a, b)) {
                String prefix = "kill-" + (node == a ? "a" : "b") + "-" + w + "-";
                writers.submit(() -> {
                    for (int n = 0; !done.get(); n++) {
                        String code = prefix + n;
                        String name = "断电测试站" + code.substring(5) + "（焦作）";
                        try {
                            HttpResponse<String> reply = node.send("POST", "/api/units", CITY, "{\"code\":\"" + code
                                    + "\",\"nameZh\":\"" + name + "\",\"type\":\"OTHER\"}");
                            if (reply.statusCode() == 201) {
                                acknowledged.put(code, name);
                                if (node == a && killed.get()) {
                                    answeredByAAfterKill.incrementAndGet();
                                }
                            }
                        } catch (Exception e) {
                            // B died under this request: its outcome is unknown, and that is allowed
                            if (node == b && killed.get()) {
                                return null;
                            }
                        }
                    }
                    return null;
                });
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.keySet().stream().filter(code -> code.startsWith("kill-b-")).count() < 30
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        b.kill();
        killed.set(true);
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (answeredByAAfterKill.get() < 30 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        done.set(true);
        writers.shutdown();
        assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS), "the writers stopped");
        assertTrue(answeredByAAfterKill.get() >= 30, "node A kept answering writes after node B was killed: "
                + answeredByAAfterKill.get());
        long onB = acknowledged.keySet().stream().filter(code -> code.startsWith("kill-b-")).count();
        assertTrue(onB >= 30, "writes acknowledged by node B before the kill: " + onB);
        System.out.printf("kill -9 of node B after %d acknowledged writes on B; %d in all%n", onB, acknowledged.size());

        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, String> write : acknowledged.entrySet()) {
            HttpResponse<String> unit = a.send("GET", "/api/units/" + write.getKey(), CITY, null);
            if (unit.statusCode() != 200) {
                lost.add(write.getKey() + " is gone (" + unit.statusCode() + ")");
            } else if (!JSON.readTree(unit.body()).get("nameZh").asText().equals(write.getValue())) {
                lost.add(write.getKey() + " reads " + unit.body());
            }
        }
        assertEquals(List.of(), lost, "acknowledged writes lost or altered");
        assertEquals(200, a.send("GET", "/api/health", null, null).statusCode());
        assertEquals(List.of(), a.tepaiErrors(), "Tepai errors in node A's karaf.log");
    }

    /** The first column of every row, as text. */
    private List<String> rows(String sql) throws SQLException {
        DataSource dataSource = postgres.dataSource(database);
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
