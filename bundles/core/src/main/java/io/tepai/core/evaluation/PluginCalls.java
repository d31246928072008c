package io.tepai.core.evaluation;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls into plug-in code with a time limit, so that a plug-in that throws or hangs costs its own line and nothing
 * else. A plug-in that once ran out of time is not called again in the same computation: a hung call keeps its
 * worker thread, and asking again per subject would pile them up.
 */
final class PluginCalls {

    /** A call's value, or why there is none. */
    record Outcome<T>(T value, String failure) {
        boolean failed() {
            return failure != null;
        }
    }

    private final ExecutorService workers;
    private final long timeoutMillis;
    private final Set<String> timedOut = ConcurrentHashMap.newKeySet();

    PluginCalls(ExecutorService workers, long timeoutMillis) {
        this.workers = workers;
        this.timeoutMillis = timeoutMillis;
    }

    <T> Outcome<T> call(String pluginId, Callable<T> call) {
        if (timedOut.contains(pluginId)) {
            return new Outcome<>(null, "skipped: it ran out of time earlier in this computation");
        }
        Future<T> future = workers.submit(call);
        try {
            return new Outcome<>(future.get(timeoutMillis, TimeUnit.MILLISECONDS), null);
        } catch (TimeoutException e) {
            future.cancel(true);
            timedOut.add(pluginId);
            return new Outcome<>(null, "no answer within " + timeoutMillis + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Outcome<>(null, Scoring.clip("threw " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return new Outcome<>(null, "interrupted");
        }
    }
}
