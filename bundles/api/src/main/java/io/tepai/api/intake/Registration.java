package io.tepai.api.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A candidate's line on the registration form (报名统计表, R-REC-1): the candidate (a CANDIDATE specialist, whose
 * profile is the specialist record), the demands matched, and the unit's confirmation (the stamp).
 *
 * @param id             stable identifier
 * @param intakeId       the intake
 * @param specialistId   the candidate
 * @param name           the candidate's name
 * @param unitCode       the dispatching unit that registered them
 * @param title          professional title
 * @param fields         fields of expertise
 * @param demandIds      the demands matched (R-DEM-2, R-REC-3)
 * @param confirmedBy    who confirmed for the unit (the person behind the stamp)
 * @param confirmedOn    the day the unit confirmed
 * @param status         where the candidate stands
 * @param dropReason     why the candidate was dropped, empty otherwise
 * @param registeredBy   the account that registered them
 * @param registeredAt   when
 * @param sample         true for the demo data set
 * @param version        optimistic-locking version
 */
public record Registration(long id, long intakeId, long specialistId, String name, String unitCode, String title,
                           List<String> fields, List<Long> demandIds, String confirmedBy, LocalDate confirmedOn,
                           RegistrationStatus status, String dropReason, String registeredBy, Instant registeredAt,
                           boolean sample, long version) {
}
