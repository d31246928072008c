package io.tepai.api.field;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One piece of field service by a specialist (R-SVC-1), evidence once the served side has confirmed it.
 *
 * @param id                  stable numeric identifier
 * @param specialistId        who served
 * @param specialistName      the specialist's name, for display
 * @param county              where
 * @param recipientIds        whom (recipients of that county)
 * @param startDate           first day
 * @param endDate             last day (the same as startDate for one day)
 * @param fieldDays           days in the field, in half days, at most the calendar days of the range
 * @param kind                what kind of service
 * @param industry            the county's leading industry the log names as served (R-GOAL-1), or null
 * @param description         what was done
 * @param outcomes            outcome indicators by id (e.g. {@code farmersTrained → 40}); the ids are configured
 * @param status              lifecycle status
 * @param comment             the reviewer's comment when returned; empty otherwise
 * @param satisfaction        the confirmer's rating 1–5 (R-EVAL-1 satisfaction), or null if not rated
 * @param satisfactionComment the confirmer's words about the service
 * @param confirmedBy         the account that confirmed it, empty before
 * @param confirmedAt         when it was confirmed, or null
 * @param correctionReason    why a confirmed log was last corrected; empty if never
 * @param outsideDispatchReason why the county confirmed service in a county the specialist was not dispatched to in
 *                            that programme year (R-SVC-1, R-REC-3), e.g. a team member serving under the team's
 *                            agreement with the county; empty for service within a dispatch
 * @param sample              true for records of the demo data set
 * @param version             optimistic-locking version
 * @param createdAt           when the record was created
 * @param updatedAt           when it last changed
 */
public record ServiceLog(long id, long specialistId, String specialistName, String county, List<Long> recipientIds,
                         LocalDate startDate, LocalDate endDate, BigDecimal fieldDays, LogKind kind, String industry,
                         String description, Map<String, BigDecimal> outcomes, LogStatus status, String comment,
                         Integer satisfaction, String satisfactionComment, String confirmedBy, Instant confirmedAt,
                         String correctionReason, String outsideDispatchReason, boolean sample, long version,
                         Instant createdAt, Instant updatedAt) {

    public ServiceLog {
        recipientIds = List.copyOf(recipientIds);
        outcomes = Map.copyOf(outcomes);
    }
}
