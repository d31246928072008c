package io.tepai.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The data set sizes of issue 17 ({@code -Dbench.scale}): about twelve confirmed logs a year per specialist, as the
 * issue's 10,000,000 for 850,000. {@code smoke} keeps the benchmark from rotting in CI in a minute or two; the
 * others are the sizes the targets are stated for. {@code repeats} is how many warm calls each operation gets
 * after its cold one, for p50 and p99 (an evaluation round gets a fifth of them, at least one).
 */
enum Scale {
    SMOKE(500, 6_000, 5),
    CITY(10_000, 120_000, 20),
    PROVINCE(100_000, 1_200_000, 20),
    NATIONAL_TENTH(85_000, 1_000_000, 20),
    NATIONAL(850_000, 10_000_000, 10);

    final int specialists;
    final int logs;
    final int repeats;

    Scale(int specialists, int logs, int repeats) {
        this.specialists = specialists;
        this.logs = logs;
        this.repeats = repeats;
    }

    /** The name on the command line: {@code national-tenth} for {@link #NATIONAL_TENTH}. */
    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Scale of(String label) {
        return Arrays.stream(values()).filter(scale -> scale.label().equals(label.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("bench.scale must be one of "
                        + Arrays.stream(values()).map(Scale::label).collect(Collectors.joining(", ")) + ", not '"
                        + label + "'"));
    }
}
