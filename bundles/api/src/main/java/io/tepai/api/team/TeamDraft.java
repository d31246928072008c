package io.tepai.api.team;

import java.time.LocalDate;

/**
 * The editable fields of a team. Status and members change through their own operations; the level and the
 * owning county cannot change after creation.
 */
public record TeamDraft(String name, String industry, TeamLevel level, String county, String unitCode,
                        LocalDate termStart, LocalDate termEnd, Leader dispatchingLeader) {
}
