package io.tepai.api.specialist;

import io.tepai.spi.tier.Degree;
import io.tepai.spi.tier.TitleLevel;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A science-and-technology specialist (科技特派员).
 *
 * @param id                   stable numeric identifier
 * @param name                 full name
 * @param unitCode             dispatching unit
 * @param titleLevel           professional title level
 * @param title                professional title as written, e.g. 副教授
 * @param degree               highest degree
 * @param fields               fields of expertise, e.g. 怀山药栽培 (R-FIELD-1)
 * @param sectors              industry sectors served (R-FIELD-1)
 * @param chainSegments        segments of the chain served (R-FIELD-1)
 * @param tierId               the tier (R-TIER-1)
 * @param classification       guidance class (R-TIER-2)
 * @param counties             codes of the counties the specialist (or their unit) wishes to serve, for the two-way
 *                             selection (R-REC-3). Not who serves where: that is the year's dispatch (assignments),
 *                             which squads, coverage, progress, evaluation and the county filter follow
 * @param phone                phone
 * @param email                e-mail
 * @param serviceExperience    the service experience R-ELIG-1 asks for, in words; empty if none
 * @param eligibilityException reason recorded for admitting a specialist who does not meet R-ELIG-1 or the
 *                             tier's own rule; empty when none was needed
 * @param status               programme status
 * @param sample               true for records of the demo data set
 * @param version              optimistic-locking version
 * @param createdAt            when the record was created
 * @param updatedAt            when it last changed
 */
public record Specialist(long id, String name, String unitCode, TitleLevel titleLevel, String title, Degree degree,
                         List<String> fields, Set<Sector> sectors, Set<ChainSegment> chainSegments, String tierId,
                         Classification classification, List<String> counties, String phone, String email,
                         String serviceExperience, String eligibilityException, SpecialistStatus status,
                         boolean sample, long version, Instant createdAt, Instant updatedAt) {
}
