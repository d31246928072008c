package io.tepai.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One operation measured: a cold call, then {@code warm} more, one at a time; p50 and p99 (nearest rank) and the
 * throughput of one caller over the warm calls, and the heap's peak (every heap pool's, after a GC) during all of
 * them. A failure is a row of its own, never a time.
 */
record Timing(String name, Object answer, double cold, double p50, double p99, double perSecond, long peakMiB,
              String failure) {

    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    static Timing of(String name, int warm, Supplier<Object> operation) {
        System.gc();
        HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
        List<Double> millis = new ArrayList<>();
        Object answer = null;
        try {
            for (int i = 0; i <= warm; i++) {
                long start = System.nanoTime();
                answer = operation.get();
                millis.add((System.nanoTime() - start) / 1e6);
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Timing(name, null, 0, 0, 0, 0, peak(), "FAILED after " + millis.size() + " call(s): "
                    + e.toString().replace('|', '/').replace('\n', ' '));
        }
        List<Double> rest = millis.size() > 1 ? millis.subList(1, millis.size()).stream().sorted().toList()
                : millis;
        double sum = rest.stream().mapToDouble(Double::doubleValue).sum();
        Timing timing = new Timing(name, answer, millis.get(0), rank(rest, 0.50), rank(rest, 0.99),
                rest.size() * 1000.0 / Math.max(0.001, sum), peak(), null);
        System.out.println(timing.row());
        return timing;
    }

    boolean failed() {
        return failure != null;
    }

    static String header() {
        return "| operation | answer | cold ms | p50 ms | p99 ms | calls/s (1 caller) | peak heap MiB |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: |";
    }

    String row() {
        if (failed()) {
            return String.format(Locale.ROOT, "| %s | %s | | | | | %d |", name, failure, peakMiB);
        }
        return String.format(Locale.ROOT, "| %s | %s | %.0f | %.0f | %.0f | %.1f | %d |", name, answer, cold, p50,
                p99, perSecond, peakMiB);
    }

    private static double rank(List<Double> sorted, double quantile) {
        return sorted.get(Math.max(0, (int) Math.ceil(quantile * sorted.size()) - 1));
    }

    private static long peak() {
        return HEAP.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1 << 20);
    }
}
