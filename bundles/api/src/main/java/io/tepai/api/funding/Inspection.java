package io.tepai.api.funding;

import java.time.Instant;
import java.util.List;

/**
 * A random inspection of a programme year's allocations (R-FUND-4). The draw is reproducible by anyone: number the
 * year's allocations 0..population-1 by ascending id, make {@code random = new java.util.Random(seed)}, and for
 * {@code i} from 0 to sampleSize-1 take {@code j = i + random.nextInt(population - i)}, draw the allocation at
 * position {@code j} and swap positions {@code i} and {@code j} (a partial Fisher–Yates shuffle).
 *
 * @param items the drawn allocations in draw order, each with its finding once recorded
 */
public record Inspection(long id, int year, int sampleSize, long seed, long population, String drawnBy,
                         Instant drawnAt, List<Item> items, boolean sample, long version) {

    /** One drawn allocation and what was found; {@code finding} null until recorded. */
    public record Item(long allocationId, FindingKind finding, String note, String followUp, String recordedBy,
                       Instant recordedAt) {
    }

    public Inspection {
        items = List.copyOf(items);
    }
}
