package io.tepai.metrics.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.distribution.pause.NoPauseDetector;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tepai.api.metrics.Metrics;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Owns Tepai's one meter registry. The meters' names and labels are decided here and nowhere else; every label value
 * is bounded (see {@link Metrics}), and the HTTP method is folded into a fixed set, so a client sending odd methods
 * cannot grow the number of series.
 * <p>
 * Latencies are histograms with fixed buckets rather than client-side percentiles: Prometheus computes any quantile
 * across nodes from buckets ({@code histogram_quantile}), which percentiles computed here cannot be summed into.
 */
@Component(service = {Metrics.class, TepaiMeters.class})
public class TepaiMeters implements Metrics {

    static final String HTTP_REQUESTS = "tepai.http.requests";
    static final String ROUND_COMPUTATIONS = "tepai.evaluation.computations";
    static final String PLUGIN_FAILURES = "tepai.plugin.failures";
    static final String SIGN_IN_FAILURES = "tepai.signin.failures";
    static final String LOCKOUTS = "tepai.signin.lockouts";

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Duration[] REQUEST_BUCKETS = seconds(0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10);
    private static final Duration[] COMPUTATION_BUCKETS = seconds(0.5, 1, 2.5, 5, 10, 30, 60, 120, 300);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final DatabasePools pools;

    @Activate
    public TepaiMeters() {
        this(new DatabasePools(ManagementFactory.getPlatformMBeanServer()));
    }

    TepaiMeters(DatabasePools pools) {
        this.pools = pools;
        // pause compensation needs LatencyUtils and a background thread; a server's latencies need neither
        registry.config().pauseDetector(new NoPauseDetector());
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        // the data source may appear after this bundle, and the pool registers its MBean on first use
        pools.bindTo(registry);
        // the empty series exist from the start, so a rate() over them is 0 rather than missing
        Counter.builder(LOCKOUTS).description("Accounts locked after too many failed sign-ins").register(registry);
    }

    @Deactivate
    void stop() {
        gc.close();
        registry.close();
    }

    /** The registry's meters in Prometheus' text format. */
    String scrape() {
        pools.bindTo(registry);
        return registry.scrape();
    }

    @Override
    public void request(String family, String method, int status, Duration took) {
        Timer.builder(HTTP_REQUESTS)
                .description("Requests answered under /api, by resource family, method and status class")
                .tag("family", family)
                .tag("method", METHODS.contains(method.toUpperCase(Locale.ROOT)) ? method.toUpperCase(Locale.ROOT)
                        : "other")
                .tag("status", statusClass(status))
                .serviceLevelObjectives(REQUEST_BUCKETS)
                .register(registry)
                .record(took);
    }

    @Override
    public void roundComputed(String kind, Duration took) {
        Timer.builder(ROUND_COMPUTATIONS)
                .description("Evaluation rounds computed, by subject kind")
                .tag("kind", kind)
                .serviceLevelObjectives(COMPUTATION_BUCKETS)
                .register(registry)
                .record(took);
    }

    @Override
    public void pluginFailed(String module, String how) {
        Counter.builder(PLUGIN_FAILURES)
                .description("Plug-in calls that threw or ran out of time, by module")
                .tag("module", module)
                .tag("how", how)
                .register(registry)
                .increment();
    }

    @Override
    public void signInFailed(String reason) {
        Counter.builder(SIGN_IN_FAILURES)
                .description("Refused sign-ins (REST, web and console), by reason")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    @Override
    public void accountLocked() {
        registry.counter(LOCKOUTS).increment();
    }

    /** {@code 2xx} … {@code 5xx}: the status itself would multiply the series for no alert's benefit. */
    static String statusClass(int status) {
        return status >= 100 && status < 600 ? status / 100 + "xx" : "other";
    }

    private static Duration[] seconds(double... values) {
        Duration[] durations = new Duration[values.length];
        for (int i = 0; i < values.length; i++) {
            durations[i] = Duration.ofNanos(Math.round(values[i] * 1e9));
        }
        return durations;
    }
}
