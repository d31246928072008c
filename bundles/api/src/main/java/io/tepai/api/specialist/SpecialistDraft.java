package io.tepai.api.specialist;

import io.tepai.spi.tier.Degree;
import io.tepai.spi.tier.TitleLevel;
import java.util.List;
import java.util.Set;

/**
 * The editable fields of a specialist, as sent to create or update one. See {@link Specialist} for the
 * meaning of each field. {@code eligibilityException} is the recorded reason for admitting a candidate who
 * does not meet R-ELIG-1; leave it empty when the candidate is eligible.
 */
public record SpecialistDraft(String name, String unitCode, TitleLevel titleLevel, String title, Degree degree,
                              List<String> fields, Set<Sector> sectors, Set<ChainSegment> chainSegments,
                              String tierId, Classification classification, List<String> counties,
                              String phone, String email, String serviceExperience, String eligibilityException,
                              SpecialistStatus status) {
}
