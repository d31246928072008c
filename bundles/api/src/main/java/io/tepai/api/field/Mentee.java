package io.tepai.api.field;

import java.time.LocalDate;

/** A local leader or young farm owner a specialist mentors (R-SVC-1). */
public record Mentee(long id, String name, MenteeKind kind, String county, long specialistId, LocalDate since,
                     String note, boolean sample, long version) {
}
