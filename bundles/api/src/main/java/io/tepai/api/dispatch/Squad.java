package io.tepai.api.dispatch;

import io.tepai.api.team.Leader;
import java.util.List;

/**
 * A county's service squad (服务队) for one year: every specialist dispatched to the county that year, at any level
 * of support (R-SQUAD-1). The members are derived from the assignments each time, never stored twice.
 *
 * @param county          county code
 * @param countyName      county name
 * @param year            programme year
 * @param captain         the captain: the county co-leader of an agreement in force, else the county's choice
 * @param captainSource   where the captain comes from: {@code agreement:<id>} or {@code county}
 * @param deputyCaptain   deputy captain
 * @param liaison         liaison
 * @param members         the dispatched specialists, by name
 * @param officersVersion version of the officers record, to send back when changing it; 0 if never set
 * @param missingOfficers what the squad lacks of a captain and a liaison ({@code captain}, {@code liaison}): a squad
 *                        with either missing is incomplete (R-SQUAD-1); empty when complete
 */
public record Squad(String county, String countyName, int year, Leader captain, String captainSource,
                    Leader deputyCaptain, Leader liaison, List<SquadMember> members, long officersVersion,
                    List<String> missingOfficers) {

    public Squad {
        members = List.copyOf(members);
        missingOfficers = List.copyOf(missingOfficers);
    }
}
