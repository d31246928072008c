package io.tepai.api.team;

import io.tepai.api.specialist.ChainSegment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An industry service team (服务团).
 *
 * @param id                 stable numeric identifier
 * @param name               e.g. 四大怀药产业服务团
 * @param industry           the one industry field the team is built around, e.g. 四大怀药 (R-TEAM-1)
 * @param level              city team or county-level team (R-TEAM-4)
 * @param county             for a county-level team the owning county's code; empty for a city team
 * @param unitCode           the lead dispatching unit
 * @param termStart          first day of the team's term
 * @param termEnd            last day of the team's term
 * @param status             lifecycle status
 * @param dispatchingLeader  co-leader from the dispatching side: the unit's responsible leader or an industry
 *                           expert (R-TEAM-3)
 * @param members            the members, in the order they joined
 * @param composition        the chain segments the members cover, derived from {@code members}
 * @param sample             true for records of the demo data set
 * @param version            optimistic-locking version; member changes also increase it
 * @param createdAt          when the record was created
 * @param updatedAt          when it last changed
 */
public record Team(long id, String name, String industry, TeamLevel level, String county, String unitCode,
                   LocalDate termStart, LocalDate termEnd, TeamStatus status, Leader dispatchingLeader,
                   List<TeamMember> members, Set<ChainSegment> composition, boolean sample, long version,
                   Instant createdAt, Instant updatedAt) {

    public Team {
        members = List.copyOf(members);
        composition = Set.copyOf(composition);
    }
}
