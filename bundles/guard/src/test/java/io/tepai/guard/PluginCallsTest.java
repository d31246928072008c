package io.tepai.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PluginCallsTest {

    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final CountDownLatch never = new CountDownLatch(1);

    @AfterEach
    void tearDown() {
        never.countDown();
        workers.shutdownNow();
        PluginCalls.reportFailuresTo(null);
    }

    @Test
    void failuresAreReportedByHowTheyFailedAndAnswersAreNot() {
        List<String> reported = new CopyOnWriteArrayList<>();
        PluginCalls.reportFailuresTo((plugin, how) -> reported.add(plugin + " " + how));
        PluginCalls calls = new PluginCalls(workers, 50);

        calls.call("fine", () -> "answer");
        calls.call("broken", () -> {
            throw new IllegalStateException("no");
        });
        calls.call("hangs", () -> {
            never.await();
            return "too late";
        });
        calls.call("hangs", () -> "skipped, not failed again");
        PluginCalls.onCallerThread().call("linkage", () -> {
            throw new NoClassDefFoundError("gone");
        });

        assertEquals(List.of("broken exception", "hangs timeout", "linkage exception"), reported);
    }

    @Test
    void aBrokenListenerDoesNotChangeTheOutcome() {
        PluginCalls.reportFailuresTo((plugin, how) -> {
            throw new IllegalStateException("metrics down");
        });

        assertEquals("threw IllegalStateException: no", PluginCalls.onCallerThread().call("broken", () -> {
            throw new IllegalStateException("no");
        }).failure());
    }

    @Test
    void anAnswerIsPassedOn() {
        PluginCalls.Outcome<String> outcome = new PluginCalls(workers, 1000).call("fine", () -> "answer");

        assertFalse(outcome.failed());
        assertEquals("answer", outcome.value());
    }

    @Test
    void anExceptionBecomesAFailureNamingIt() {
        PluginCalls.Outcome<String> outcome = new PluginCalls(workers, 1000).call("broken", () -> {
            throw new IllegalStateException("the spreadsheet is missing");
        });

        assertTrue(outcome.failed());
        assertEquals("threw IllegalStateException: the spreadsheet is missing", outcome.failure());
        assertEquals("fallback", outcome.orElse("fallback"));
    }

    @Test
    void aHangingPluginRunsOutOfTimeAndIsNotAskedAgain() {
        PluginCalls calls = new PluginCalls(workers, 50);
        AtomicInteger asked = new AtomicInteger();

        PluginCalls.Outcome<String> first = calls.call("hangs", () -> {
            asked.incrementAndGet();
            never.await();
            return "too late";
        });
        PluginCalls.Outcome<String> second = calls.call("hangs", () -> {
            asked.incrementAndGet();
            return "now";
        });

        assertEquals("no answer within 50 ms", first.failure());
        assertTrue(second.failure().startsWith("skipped"), second.failure());
        assertEquals(1, asked.get());
        assertEquals("other", calls.call("other", () -> "other").value(), "other plug-ins are still asked");
    }

    @Test
    void onTheCallersThreadFailuresAreIsolatedToo() {
        PluginCalls calls = PluginCalls.onCallerThread();
        Thread caller = Thread.currentThread();

        assertEquals(caller, calls.call("here", Thread::currentThread).value());
        assertEquals("threw NoClassDefFoundError: gone", calls.call("linkage", () -> {
            throw new NoClassDefFoundError("gone");
        }).failure(), "a plug-in whose bundle went away mid-call fails alone");
    }

    @Test
    void aLongFailureIsCut() {
        String failure = PluginCalls.onCallerThread().call("loud", () -> {
            throw new IllegalArgumentException("x".repeat(2000));
        }).failure();

        assertEquals(PluginCalls.MAX_FAILURE, failure.length());
        assertTrue(failure.endsWith("…"));
    }
}
