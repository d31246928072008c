package io.tepai.core.field;

import io.tepai.api.field.ClassProgress;
import io.tepai.api.specialist.ClassCount;
import io.tepai.api.specialist.Classification;
import io.tepai.store.Repositories;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
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

    /** The specialists with these ids per class, with their confirmed service in the period. */
    static List<ClassProgress> progress(Repositories repos, Collection<Long> ids, LocalDate from, LocalDate to) {
        Map<String, Integer> people = counts(repos.specialists().classesOf(ids));
        Map<String, Object[]> served = new HashMap<>();
        repos.logs().confirmedByClass(ids, from, to).forEach(row -> served.put((String) row[0], row));
        return Arrays.stream(Classification.values()).map(c -> {
            Object[] row = served.get(c.name());
            BigDecimal days = row == null || row[1] == null ? BigDecimal.ZERO : (BigDecimal) row[1];
            int services = row == null ? 0 : ((Number) row[2]).intValue();
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
