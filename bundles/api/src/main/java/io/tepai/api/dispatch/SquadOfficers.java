package io.tepai.api.dispatch;

import io.tepai.api.team.Leader;

/**
 * The officers a county names for its squad. For a county that signed an agreement the captain is the county's
 * co-leader of that team (R-SQUAD-1), so the captain given here is used only where no agreement is in force.
 */
public record SquadOfficers(Leader captain, Leader deputyCaptain, Leader liaison) {
}
