package io.tepai.api.field;

import java.time.LocalDate;

public record MenteeDraft(String name, MenteeKind kind, String county, Long specialistId, LocalDate since,
                          String note) {
}
