package io.tepai.core.field;

import io.tepai.api.field.ClassProgress;
import io.tepai.api.specialist.ClassCount;
import io.tepai.api.specialist.Classification;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * R-TIER-2 (issue 20): reports count per guidance class (分类指导), always every class (zero included) in the enum's
 * order, so that a class nobody belongs to shows as such. The counting and summing is the database's; this only lays
 * its rows out.
 */
public final class GuidanceClasses {

    private GuidanceClasses() {
    }

    /**
     * People per class and their confirmed service per class (field days, number of logs), both summed from what the
     * database summed per specialist.
     */
    static List<ClassProgress> progress(Map<String, Integer> people, Map<String, Object[]> served) {
        return Arrays.stream(Classification.values()).map(c -> {
            Object[] row = served.get(c.name());
            BigDecimal days = row == null || row[0] == null ? BigDecimal.ZERO : (BigDecimal) row[0];
            int services = row == null ? 0 : ((Number) row[1]).intValue();
            return new ClassProgress(c, people.getOrDefault(c.name(), 0), days, services);
        }).toList();
    }

    /** Rows of class and count as a count for every class. */
    public static List<ClassCount> of(List<Object[]> rows) {
        Map<String, Integer> counts = counts(rows);
        return Arrays.stream(Classification.values())
                .map(c -> new ClassCount(c, counts.getOrDefault(c.name(), 0))).toList();
    }

    private static Map<String, Integer> counts(List<Object[]> rows) {
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).intValue()));
        return counts;
    }
}
