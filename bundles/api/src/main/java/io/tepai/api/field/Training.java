package io.tepai.api.field;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A training session a specialist attended or gave (R-TRN-1).
 *
 * @param gave  true when the specialist gave it, false when they attended
 * @param hours length in hours
 */
public record Training(long id, long specialistId, TrainingKind kind, boolean gave, String title, BigDecimal hours,
                       LocalDate date, boolean sample, long version) {
}
