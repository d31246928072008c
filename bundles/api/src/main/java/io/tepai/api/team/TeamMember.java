package io.tepai.api.team;

import io.tepai.api.specialist.ChainSegment;
import java.time.LocalDate;

/**
 * A specialist on a team, with the segment of the industry chain they cover for it (whole-chain composition,
 * R-TEAM-1, R-FIELD-1).
 *
 * @param specialistId the specialist
 * @param name         the specialist's name, for display
 * @param unitCode     the specialist's dispatching unit, for display
 * @param segment      the chain segment the member covers on this team
 * @param joinedOn     when the member joined
 */
public record TeamMember(long specialistId, String name, String unitCode, ChainSegment segment, LocalDate joinedOn) {
}
