package io.tepai.api.dispatch;

import io.tepai.api.Page;
import io.tepai.api.team.Leader;
import java.util.List;

/**
 * A county's squad with one page of its members (issue 17: a squad of tens of thousands is read a page at a time):
 * the same fields as {@link Squad}, except that {@code members} is a page, counted in the database.
 *
 * @param members one page of the members, in the squad's order (level province, city, county; then name), with
 *                their total
 * @see Squad
 */
public record SquadPage(String county, String countyName, int year, Leader captain, String captainSource,
                        Leader deputyCaptain, Leader liaison, Page<SquadMember> members, long officersVersion,
                        List<String> missingOfficers) {

    public SquadPage {
        missingOfficers = List.copyOf(missingOfficers);
    }
}
