package io.tepai.api.dispatch;

import io.tepai.api.specialist.Classification;
import io.tepai.spi.tier.SupportLevel;
import java.util.List;

/**
 * A specialist in a county's squad, as dispatched by one assignment.
 *
 * @param guidanceClass the specialist's guidance class (分类指导, R-TIER-2), by which a squad can be listed
 */
public record SquadMember(long specialistId, String name, String unitCode, SupportLevel level,
                          List<String> industries, long assignmentId, Classification guidanceClass) {

    public SquadMember {
        industries = List.copyOf(industries);
    }
}
