package io.tepai.guard;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way core calls into plug-in code (openHAB's SafeCaller idea): a plug-in that throws or hangs costs its own
 * answer and nothing else, and the log says which plug-in failed and how. With a worker pool the call has a time
 * limit, and a plug-in that once ran out of time is not called again through the same instance: a hung call keeps
 * its worker thread, and asking again per subject would pile them up. {@link #onCallerThread()} is for the quick
 * questions (ids, names, weights) asked where no pool is at hand: failures are isolated and logged, with no time
 * limit.
 */
public final class PluginCalls {

    /** Longest failure text kept: it ends up in results and problem lists. */
    static final int MAX_FAILURE = 500;

    private static final Logger LOG = LoggerFactory.getLogger(PluginCalls.class);

    /** A call's value, or why there is none. */
    public record Outcome<T>(T value, String failure) {
        public boolean failed() {
            return failure != null;
        }

        /** The value, or the fallback when the call failed or answered null. */
        public T orElse(T fallback) {
            return failed() || value == null ? fallback : value;
        }
    }

    /**
     * Told of every failure (plug-in id, {@code exception} or {@code timeout}) for the metrics city IT alerts on.
     * Static because most calls go through {@link #onCallerThread()} from plain helpers that have no component at
     * hand; core embeds this package privately, so the hook is core's alone (the test kit's copy has its own).
     */
    private static volatile BiConsumer<String, String> failures = (pluginId, how) -> { };

    private final ExecutorService workers;
    private final long timeoutMillis;
    private final Set<String> timedOut = ConcurrentHashMap.newKeySet();

    /** Calls on the workers, each with the time limit. */
    public PluginCalls(ExecutorService workers, long timeoutMillis) {
        this.workers = workers;
        this.timeoutMillis = timeoutMillis;
    }

    /** Where failures are reported from now on; {@code null} stops reporting. */
    public static void reportFailuresTo(BiConsumer<String, String> listener) {
        failures = listener == null ? (pluginId, how) -> { } : listener;
    }

    /** Calls on the caller's own thread, without a time limit. */
    public static PluginCalls onCallerThread() {
        return new PluginCalls(null, 0);
    }

    /**
     * @param pluginId the module id, or the providing bundle while the id is not known yet; named in the log
     */
    public <T> Outcome<T> call(String pluginId, Callable<T> call) {
        if (workers == null) {
            try {
                return new Outcome<>(call.call(), null);
            } catch (Exception | LinkageError e) {
                return failed(pluginId, e);
            }
        }
        if (timedOut.contains(pluginId)) {
            return new Outcome<>(null, "skipped: it ran out of time earlier in this computation");
        }
        Future<T> future = workers.submit(call);
        try {
            return new Outcome<>(future.get(timeoutMillis, TimeUnit.MILLISECONDS), null);
        } catch (TimeoutException e) {
            future.cancel(true);
            timedOut.add(pluginId);
            report(pluginId, "timeout");
            LOG.warn("Plug-in {} gave no answer within {} ms and is not asked again in this computation", pluginId,
                    timeoutMillis);
            return new Outcome<>(null, "no answer within " + timeoutMillis + " ms");
        } catch (ExecutionException e) {
            return failed(pluginId, e.getCause() == null ? e : e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return new Outcome<>(null, "interrupted");
        }
    }

    private static void report(String pluginId, String how) {
        try {
            failures.accept(pluginId, how);
        } catch (RuntimeException e) {
            // counting a failure must never turn it into a second one
            LOG.debug("Could not report the failure of plug-in {}", pluginId, e);
        }
    }

    private static <T> Outcome<T> failed(String pluginId, Throwable cause) {
        String failure = "threw " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage().strip());
        // one line per failure: a broken criterion fails once per subject, and the stack says nothing new each time
        LOG.warn("Plug-in {} failed: {}", pluginId, failure);
        LOG.debug("Plug-in {} failed", pluginId, cause);
        report(pluginId, "exception");
        return new Outcome<>(null, failure.length() <= MAX_FAILURE ? failure
                : failure.substring(0, MAX_FAILURE - 1) + "…");
    }
}
