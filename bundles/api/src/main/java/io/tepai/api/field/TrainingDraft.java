package io.tepai.api.field;

import java.math.BigDecimal;
import java.time.LocalDate;

public record TrainingDraft(Long specialistId, TrainingKind kind, Boolean gave, String title, BigDecimal hours,
                            LocalDate date) {
}
