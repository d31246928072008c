package io.tepai.core.team;

import io.tepai.api.team.Leader;
import io.tepai.store.entity.LeaderColumns;

/** Converts leaders between the API and their stored columns. */
public final class Leaders {

    private Leaders() {
    }

    public static Leader toRecord(LeaderColumns columns) {
        return columns == null ? Leader.NONE : new Leader(columns.getName(), columns.getPosition(), columns.getPhone());
    }

    public static LeaderColumns toColumns(Leader leader) {
        Leader given = Leader.orNone(leader);
        return new LeaderColumns(given.name(), given.position(), given.phone());
    }

    /** "王建国 (副县长)", or "nobody" for an unnamed role, for messages. */
    public static String describe(Leader leader) {
        if (!leader.hasName()) {
            return "nobody";
        }
        return leader.position().isEmpty() ? leader.name() : leader.name() + " (" + leader.position() + ")";
    }
}
