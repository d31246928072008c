package io.tepai.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The standing crash test (issue 11): concurrent writers create and rename records while the container is killed
 * with {@code kill -9}; after a restart every write that was acknowledged (2xx) is there, as acknowledged, with its
 * audit row. A write that was in flight when the JVM died may or may not be there — never half of it.
 */
class CrashRecoveryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CITY = "city:city";
    private static final int WRITERS = 4;
    /** Bounds the run even when the kill comes late: each writer stops after this many writes. */
    private static final int MAX_WRITES_PER_WRITER = 400;

    private StandaloneTepai tepai;

    @AfterEach
    void shutDown() throws Exception {
        if (tepai != null) {
            tepai.close();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillMinus9() throws Exception {
        tepai = StandaloneTepai.install("crash-test");
        tepai.start();
        tepai.awaitDemoData();

        // code → the nameZh the server acknowledged last
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean dead = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<Integer>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            done.add(writers.submit(() -> write(writer, acknowledged, dead)));
        }
        // let the writers get going, then pull the plug in the middle of their work
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (acknowledged.size() < 60 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(ThreadLocalRandom.current().nextInt(200, 1500));
        tepai.kill();
        dead.set(true);
        writers.shutdown();
        assertTrue(writers.awaitTermination(120, TimeUnit.SECONDS), "the writers stopped");
        int attempts = 0;
        for (Future<Integer> writer : done) {
            attempts += writer.get();
        }
        Map<String, String> survived = Map.copyOf(acknowledged);
        assertTrue(survived.size() >= 60, "enough writes were acknowledged before the kill: " + survived.size());

        System.out.printf("kill -9 after %d acknowledged of %d attempted writes%n", survived.size(), attempts);

        tepai.start();
        tepai.awaitDemoData();
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, String> write : survived.entrySet()) {
            HttpResponse<String> unit = tepai.send("GET", "/api/units/" + write.getKey(), CITY, null);
            if (unit.statusCode() != 200) {
                lost.add(write.getKey() + " is gone (" + unit.statusCode() + ")");
                continue;
            }
            String name = JSON.readTree(unit.body()).get("nameZh").asText();
            // a rename in flight at the kill may have committed without its answer arriving: it is the next one
            if (!name.equals(write.getValue()) && !name.equals(nextName(write.getValue()))) {
                lost.add(write.getKey() + " reads '" + name + "', acknowledged '" + write.getValue() + "'");
            }
            JsonNode audit = tepai.json("/api/audit?entity=DispatchingUnit&id=" + write.getKey() + "&size=1", CITY);
            if (audit.get("total").asLong() < 1) {
                lost.add(write.getKey() + " has no audit row");
            }
        }
        assertTrue(lost.isEmpty(), lost.size() + " of " + survived.size() + " acknowledged writes (of " + attempts
                + " attempted) were lost after kill -9:\n" + String.join("\n", lost));
        assertEquals(0, tepai.log().lines().filter(line -> line.contains("| ERROR |") && line.contains(" - io.tepai."))
                .count(), "no Tepai error after the restart");
    }

    /** Creates units and renames them, recording what the server acknowledged; returns the attempts made. */
    private int write(int writer, Map<String, String> acknowledged, AtomicBoolean dead) {
        int attempts = 0;
        Map<String, Long> versions = new java.util.HashMap<>();
        for (int n = 0; n < MAX_WRITES_PER_WRITER && !dead.get(); n++) {
            attempts++;
            try {
                if (n % 3 == 2 && !versions.isEmpty()) {
                    String code = versions.keySet().iterator().next();
                    String name = nextName(acknowledged.get(code));
                    String body = "{\"code\":\"" + code + "\",\"nameZh\":\"" + name
                            + "\",\"type\":\"OTHER\",\"version\":" + versions.get(code) + "}";
                    HttpResponse<String> reply = tepai.send("PUT", "/api/units/" + code, CITY, body);
                    if (reply.statusCode() == 200) {
                        acknowledged.put(code, name);
                        versions.put(code, JSON.readTree(reply.body()).get("version").asLong());
                    } else {
                        versions.remove(code);
                    }
                } else {
                    String code = "crash-" + writer + "-" + n;
                    String name = "断电测试单位" + writer + "-" + n + "#0";
                    String body = "{\"code\":\"" + code + "\",\"nameZh\":\"" + name + "\",\"type\":\"OTHER\"}";
                    HttpResponse<String> reply = tepai.send("POST", "/api/units", CITY, body);
                    if (reply.statusCode() == 201) {
                        acknowledged.put(code, name);
                        versions.put(code, JSON.readTree(reply.body()).get("version").asLong());
                    }
                }
            } catch (Exception e) {
                // the server died under this request: its outcome is unknown, and that is allowed
                if (!dead.get()) {
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return attempts;
                    }
                }
            }
        }
        return attempts;
    }

    /** 断电测试单位1-4#0 → 断电测试单位1-4#1 */
    private static String nextName(String name) {
        int hash = name.lastIndexOf('#');
        return name.substring(0, hash + 1) + (Integer.parseInt(name.substring(hash + 1)) + 1);
    }
}
