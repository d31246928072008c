package io.tepai.core.team;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.RuleViolationException;
import org.junit.jupiter.api.Test;

/** R-TEAM-1 on its own: a city industry service team has 5–10 members once active. */
class TeamSizeTest {

    private static final TeamSize.Bounds RULE = TeamSize.RULE.city();

    @Test
    void R_TEAM_1_aTeamBecomesActiveOnlyWithFiveToTenMembers() {
        assertDoesNotThrow(() -> RULE.requireActivatable(1, 5));
        assertDoesNotThrow(() -> RULE.requireActivatable(1, 10));
        RuleViolationException four = assertThrows(RuleViolationException.class, () -> RULE.requireActivatable(1, 4));
        RuleViolationException eleven = assertThrows(RuleViolationException.class,
                () -> RULE.requireActivatable(1, 11));

        assertEquals("R-TEAM-1", four.ruleId());
        assertEquals("R-TEAM-1", eleven.ruleId());
        assertTrue(four.getMessage().contains("5–10 members; team 1 has 4"), four.getMessage());
    }

    @Test
    void R_TEAM_1_nobodyJoinsATeamOfTen() {
        assertDoesNotThrow(() -> RULE.requireRoomToJoin(2, 9));
        RuleViolationException full = assertThrows(RuleViolationException.class, () -> RULE.requireRoomToJoin(2, 10));

        assertEquals("R-TEAM-1", full.ruleId());
        assertTrue(full.getMessage().contains("at most 10 members; team 2 already has 10"), full.getMessage());
    }

    @Test
    void R_TEAM_1_anActiveTeamKeepsFiveAFormingOneMayShrink() {
        assertDoesNotThrow(() -> RULE.requireRoomToLeave(3, 6, true));
        assertDoesNotThrow(() -> RULE.requireRoomToLeave(3, 5, false));
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> RULE.requireRoomToLeave(3, 5, true));

        assertEquals("R-TEAM-1", e.ruleId());
        assertTrue(e.getMessage().contains("at least 5 members; team 3 has 5"), e.getMessage());
    }

    @Test
    void R_TEAM_1_configuredBoundsAreTheOnesChecked() {
        TeamSize three = TeamSize.from(java.util.Map.of("minMembers", "3", "maxMembers", "4"));

        assertDoesNotThrow(() -> three.of("CITY", null).requireActivatable(4, 3));
        assertThrows(RuleViolationException.class, () -> three.of("CITY", null).requireRoomToJoin(4, 4));
        assertThrows(RuleViolationException.class, () -> three.of("CITY", null).requireRoomToLeave(4, 3, true));
    }

    @Test
    void R_TEAM_1_R_TEAM_4_countyTeamsFollowTheirCountysBoundsCityTeamsTheSeeds() {
        TeamSize size = TeamSize.from(java.util.Map.of("countyMembers", new String[] {"mengzhou=3..8", " wuzhi = 2..12 "}));

        assertEquals(new TeamSize.Bounds(3, 8), size.of("COUNTY", "mengzhou"));
        assertEquals(new TeamSize.Bounds(2, 12), size.of("COUNTY", "wuzhi"));
        assertEquals(RULE, size.of("COUNTY", "xiuwu"), "a county without bounds of its own keeps the city's");
        assertEquals(RULE, size.of("CITY", null), "5–10 is the rule for city teams");
        assertDoesNotThrow(() -> size.of("COUNTY", "mengzhou").requireActivatable(5, 3));
        assertThrows(RuleViolationException.class, () -> size.of("CITY", null).requireActivatable(5, 3));
    }

    @Test
    void R_TEAM_1_countyBoundsComeAsOneCommaSeparatedValueFromACfgFileAndBadEntriesAreIgnored() {
        TeamSize size = TeamSize.from(java.util.Map.of("countyMembers", "mengzhou=3..8, wuzhi=9..4, boai=x..3, wenxian"));

        assertEquals(java.util.Map.of("mengzhou", new TeamSize.Bounds(3, 8)), size.counties());
    }
}
