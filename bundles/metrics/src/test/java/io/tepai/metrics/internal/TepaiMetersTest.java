package io.tepai.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TepaiMetersTest {

    private final TepaiMeters meters = new TepaiMeters(new DatabasePools(ManagementFactory.getPlatformMBeanServer()));

    @AfterEach
    void stop() {
        meters.stop();
    }

    private List<String> lines(String prefix) {
        return meters.scrape().lines().filter(line -> line.startsWith(prefix)).toList();
    }

    @Test
    void requestsAreCountedByFamilyMethodAndStatusClassWithLatencyBuckets() {
        meters.request("/api/specialists", "get", 200, Duration.ofMillis(30));
        meters.request("/api/specialists", "GET", 204, Duration.ofMillis(300));
        meters.request("/api/specialists", "POST", 422, Duration.ofMillis(10));

        String ok = "tepai_http_requests_seconds_count{family=\"/api/specialists\",method=\"GET\",status=\"2xx\"}";
        assertEquals(List.of(ok + " 2"), lines(ok));
        String refused = "tepai_http_requests_seconds_count{family=\"/api/specialists\",method=\"POST\","
                + "status=\"4xx\"}";
        assertEquals(List.of(refused + " 1"), lines(refused));
        // one request under 50 ms, both under 500 ms: buckets are cumulative
        String bucket = "tepai_http_requests_seconds_bucket{family=\"/api/specialists\",method=\"GET\",status=\"2xx\",";
        assertEquals(List.of(bucket + "le=\"0.05\"} 1"), lines(bucket + "le=\"0.05\""));
        assertEquals(List.of(bucket + "le=\"0.5\"} 2"), lines(bucket + "le=\"0.5\""));
        assertEquals(List.of(bucket + "le=\"+Inf\"} 2"), lines(bucket + "le=\"+Inf\""));
    }

    @Test
    void unknownMethodsAndStatusesFoldIntoOther() {
        meters.request("other", "BREW", 418, Duration.ofMillis(1));
        meters.request("other", "PROPFIND", 999, Duration.ofMillis(1));

        assertEquals(1, lines("tepai_http_requests_seconds_count{family=\"other\",method=\"other\",status=\"4xx\"}")
                .size());
        assertEquals(1, lines("tepai_http_requests_seconds_count{family=\"other\",method=\"other\",status=\"other\"}")
                .size());
        assertTrue(lines("tepai_http_requests").stream().noneMatch(l -> l.contains("BREW") || l.contains("PROPFIND")));
    }

    @Test
    void statusClasses() {
        assertEquals("2xx", TepaiMeters.statusClass(200));
        assertEquals("4xx", TepaiMeters.statusClass(404));
        assertEquals("5xx", TepaiMeters.statusClass(503));
        assertEquals("other", TepaiMeters.statusClass(0));
        assertEquals("other", TepaiMeters.statusClass(600));
    }

    @Test
    void computationsFailuresSignInsAndLockouts() {
        meters.roundComputed("SPECIALIST", Duration.ofSeconds(3));
        meters.pluginFailed("wuzhi-demo-bases", "timeout");
        meters.pluginFailed("wuzhi-demo-bases", "timeout");
        meters.signInFailed("password");
        meters.accountLocked();

        assertEquals(List.of("tepai_evaluation_computations_seconds_count{kind=\"SPECIALIST\"} 1"),
                lines("tepai_evaluation_computations_seconds_count"));
        assertEquals(List.of("tepai_plugin_failures_total{how=\"timeout\",module=\"wuzhi-demo-bases\"} 2.0"),
                lines("tepai_plugin_failures_total"));
        assertEquals(List.of("tepai_signin_failures_total{reason=\"password\"} 1.0"),
                lines("tepai_signin_failures_total"));
        assertEquals(List.of("tepai_signin_lockouts_total 1.0"), lines("tepai_signin_lockouts_total"));
    }

    @Test
    void lockoutsAreThereBeforeTheFirstOne() {
        assertEquals(List.of("tepai_signin_lockouts_total 0.0"), lines("tepai_signin_lockouts_total"));
    }

    @Test
    void theJvmIsMeasured() {
        String scrape = meters.scrape();

        assertTrue(scrape.contains("jvm_memory_used_bytes{area=\"heap\""), "heap");
        assertTrue(scrape.contains("jvm_threads_live_threads"), "threads");
        assertTrue(scrape.contains("jvm_gc_"), "garbage collection");
        assertFalse(scrape.contains("tepai_http_requests"), "no request series before the first request");
    }
}
