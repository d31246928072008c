package io.tepai.api.specialist;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One term (聘期) of a specialist: the days, both included, during which they are appointed. A specialist's terms
 * form their history; the one covering a day is their term on that day.
 *
 * @param id           stable identifier
 * @param specialistId the specialist
 * @param start        first day of the term
 * @param end          last day of the term, not before {@code start}
 * @param source       appointment, renewal or documented exception
 * @param intakeId     the intake whose selection appointed them, null unless {@code source} is APPOINTMENT
 * @param reason       why: the appointment list, the roster decision, or the exception's documented reason
 * @param recordedBy   the account that recorded it
 * @param recordedAt   when it was recorded
 */
public record Term(long id, long specialistId, LocalDate start, LocalDate end, TermSource source, Long intakeId,
                   String reason, String recordedBy, Instant recordedAt) {

    /** Whether {@code day} lies within the term. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
