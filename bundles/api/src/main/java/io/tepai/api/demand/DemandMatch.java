package io.tepai.api.demand;

import io.tepai.api.specialist.SpecialistStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An expert's contact with a demand's recipient (R-DEM-2): a candidate match, which the county may confirm
 * (R-REC-3). The expert is a specialist of the register, appointed or still a candidate of their unit.
 *
 * @param specialistStatus where the expert stands: a candidate, or already appointed
 * @param contactedOn      the day the contact was made
 * @param note             what was agreed with the contact person
 * @param recordedBy       the account that recorded it: the expert's unit, the expert, or the city office
 * @param confirmed        whether the county confirmed this match
 */
public record DemandMatch(long id, long demandId, long specialistId, String specialistName, String unitCode,
                          SpecialistStatus specialistStatus, LocalDate contactedOn, String note, String recordedBy,
                          Instant recordedAt, boolean confirmed, boolean sample) {
}
