package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.tepai.api.NotFoundException;
import io.tepai.api.dispatch.Squad;
import io.tepai.api.dispatch.SquadMember;
import io.tepai.api.specialist.Classification;
import io.tepai.api.dispatch.SquadService;
import io.tepai.api.team.Leader;
import io.tepai.spi.tier.SupportLevel;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SquadCommandTest {

    private final SquadService service = mock(SquadService.class);
    private final SquadCommand command = new SquadCommand();

    @BeforeEach
    void setUp() {
        command.squads = service;
        command.county = "wuzhi";
        command.calendar = FixedCalendar.FEBRUARY_IN_A_MARCH_YEAR;
    }

    @Test
    void defaultYearIsTheProgrammeYearRunningToday() {
        // 15 February 2027, and the programme year starts on 1 March: the squad of 2026
        when(service.get("wuzhi", 2026, null)).thenReturn(squad(2026, "agreement:12", List.of(
                new SquadMember(7, "李华", "hpu", SupportLevel.CITY, List.of("怀山药", "大米"), 31,
                        Classification.PUBLIC_WELFARE),
                new SquadMember(9, "郭明亮", "hpu", SupportLevel.COUNTY, List.of(), 32,
                        Classification.RURAL_ENTREPRENEURSHIP))));

        Console console = Console.capture(command::execute);

        assertEquals("", console.err());
        List<List<String>> rows = console.lines().stream().map(Console::cells).toList();
        assertEquals(List.of(
                List.of("County", "武陟县 (wuzhi)"),
                List.of("Year", "2026"),
                List.of("Captain", "张伟 (副县长, 13900000001)"),
                List.of("Captain from", "county co-leader of agreement 12"),
                List.of("Deputy captain", "(none)"),
                List.of("Liaison", "刘洋 (县科技局局长)"),
                List.of("Complete", "yes"),
                List.of(""),
                List.of("Members: 2"),
                List.of("Specialist", "Name", "Unit", "Level", "Class", "Industries")), rows.subList(0, 10));
        assertEquals(List.of("7", "李华", "hpu", "CITY", "PUBLIC_WELFARE", "怀山药、大米"), rows.get(11));
        assertEquals(List.of("9", "郭明亮", "hpu", "COUNTY", "RURAL_ENTREPRENEURSHIP", ""), rows.get(12));
    }

    @Test
    void R_TIER_2_theGuidanceClassOptionAsksForThatClassOnlyAndAWrongOneIsNamed() {
        command.year = 2026;
        command.guidanceClass = "rural_entrepreneurship";
        when(service.get("wuzhi", 2026, Classification.RURAL_ENTREPRENEURSHIP))
                .thenReturn(squad(2026, "county", List.of()));

        List<String> lines = Console.capture(command::execute).lines();
        assertEquals("Members: 0", lines.get(lines.size() - 1));

        command.guidanceClass = "FARMING";
        Console wrong = Console.capture(command::execute);
        assertTrue(wrong.err().contains("guidance-class"), wrong.err());
    }

    @Test
    void givenYearIsAskedForAndACaptainTheCountyNamedSaysSo() {
        command.year = 2025;
        when(service.get("wuzhi", 2025, null)).thenReturn(squad(2025, "county", List.of()));

        List<String> lines = Console.capture(command::execute).lines();

        assertEquals(List.of("Captain from", "named by the county"), Console.cells(lines.get(3)));
        assertEquals("Members: 0", lines.get(lines.size() - 1));
    }

    @Test
    void R_SQUAD_1_aSquadWithoutCaptainOrLiaisonIsShownIncomplete() {
        command.year = 2026;
        when(service.get("wuzhi", 2026, null)).thenReturn(new Squad("wuzhi", "武陟县", 2026, Leader.NONE, "county",
                Leader.NONE, Leader.NONE, List.of(), 0, List.of("captain", "liaison")));

        List<String> lines = Console.capture(command::execute).lines();

        assertEquals(List.of("Complete", "NO, missing captain and liaison"), Console.cells(lines.get(6)));
    }

    @Test
    void unknownCountyIsOneErrorLine() {
        command.county = "beijing";
        command.year = 2026;
        when(service.get("beijing", 2026, null)).thenThrow(new NotFoundException("County", "beijing"));

        Console console = Console.capture(command::execute);

        assertEquals("Error: County 'beijing' does not exist", console.err().strip());
        assertEquals("", console.out());
    }

    private static Squad squad(int year, String captainSource, List<SquadMember> members) {
        return new Squad("wuzhi", "武陟县", year, Samples.DEPUTY_MAGISTRATE, captainSource, Leader.NONE,
                new Leader("刘洋", "县科技局局长", ""), members, 1, List.of());
    }
}
