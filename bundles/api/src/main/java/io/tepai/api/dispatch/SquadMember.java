package io.tepai.api.dispatch;

import io.tepai.spi.tier.SupportLevel;
import java.util.List;

/** A specialist in a county's squad, as dispatched by one assignment. */
public record SquadMember(long specialistId, String name, String unitCode, SupportLevel level,
                          List<String> industries, long assignmentId) {

    public SquadMember {
        industries = List.copyOf(industries);
    }
}
