package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.tepai.api.NotFoundException;
import io.tepai.api.specialist.ChainSegment;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.Leader;
import io.tepai.api.team.TeamService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TeamCommandTest {

    private final TeamService service = mock(TeamService.class);
    private final TeamCommand command = new TeamCommand();

    @BeforeEach
    void setUp() {
        command.teams = service;
        command.id = 3;
    }

    @Test
    void showsDetailsMembersAgreementsAndTasks() {
        when(service.get(3)).thenReturn(Samples.team(List.of(Samples.member(7, "李华", ChainSegment.PROCESSING),
                Samples.member(9, "郭明亮", ChainSegment.PRODUCTION))));
        when(service.agreements(3)).thenReturn(List.of(
                Samples.agreement(12, "wuzhi", AgreementStatus.ACTIVE, List.of("建设怀山药标准化基地", "培训种植户200人次"),
                        Samples.DEPUTY_MAGISTRATE, new Leader("刘洋", "县科技局局长", "")),
                Samples.agreement(15, "wenxian", AgreementStatus.DRAFT, List.of(), Leader.NONE, Leader.NONE)));

        Console console = Console.capture(command::execute);

        assertEquals("", console.err());
        List<List<String>> rows = console.lines().stream().map(Console::cells).toList();
        assertEquals(List.of(
                List.of("Id", "3"),
                List.of("Name", "四大怀药产业服务团"),
                List.of("Industry", "四大怀药"),
                List.of("Level", "CITY"),
                List.of("Lead unit", "henau"),
                List.of("Term", "2026-01-01 – 2028-12-31"),
                List.of("Status", "ACTIVE"),
                List.of("Dispatching co-leader", "王建国 (河南农业大学副校长)"),
                List.of("Composition", "PRODUCTION, PROCESSING"),
                List.of("Sample", "yes"),
                List.of("Version", "5"),
                List.of("Created", "2026-01-02T03:04:05Z"),
                List.of("Updated", "2026-02-03T04:05:06Z")), rows.subList(0, 13));
        List<String> lines = console.lines();
        int members = lines.indexOf("Members: 2");
        assertEquals(List.of("Specialist", "Name", "Unit", "Segment", "Joined"), rows.get(members + 1));
        assertEquals(List.of("7", "李华", "hpu", "PROCESSING", "2026-01-15"), rows.get(members + 3));
        int agreements = lines.indexOf("Agreements: 2");
        assertEquals(List.of("Id", "County", "Status", "Term", "County co-leader", "Liaison", "Tasks"),
                rows.get(agreements + 1));
        assertEquals(List.of("12", "wuzhi", "ACTIVE", "2026-01-01 – 2028-12-31", "张伟 (副县长, 13900000001)",
                "刘洋 (县科技局局长)", "2"), rows.get(agreements + 3));
        assertEquals(List.of("15", "wenxian", "DRAFT", "2026-01-01 – 2028-12-31", "(none)", "(none)", "0"),
                rows.get(agreements + 4));
        int tasks = lines.indexOf("Agreed tasks:");
        assertEquals(List.of("Agreement", "County", "No.", "Task", "Fulfilment", "Evidence logs", "Note"),
                rows.get(tasks + 1));
        assertEquals(List.of("12", "wuzhi", "1", "建设怀山药标准化基地", "FULFILLED", "31, 32", "现场核实"),
                rows.get(tasks + 3));
        assertEquals(List.of("12", "wuzhi", "2", "培训种植户200人次", "", "", ""), rows.get(tasks + 4), "open");
        assertEquals(tasks + 5, lines.size());
    }

    @Test
    void teamWithoutMembersOrAgreementsSaysSoWithoutEmptyTables() {
        when(service.get(3)).thenReturn(Samples.team(List.of()));
        when(service.agreements(3)).thenReturn(List.of());

        List<String> lines = Console.capture(command::execute).lines();

        assertEquals(List.of("", "Members: 0", "", "Agreements: 0"), lines.subList(lines.size() - 4, lines.size()));
    }

    @Test
    void unknownIdIsOneErrorLine() {
        when(service.get(3)).thenThrow(new NotFoundException("Team", 3L));

        Console console = Console.capture(command::execute);

        assertEquals("Error: Team '3' does not exist" + System.lineSeparator(), console.err());
        assertEquals("", console.out());
    }
}
