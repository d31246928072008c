package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.specialist.ChainSegment;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.Leader;
import io.tepai.api.team.Team;
import io.tepai.api.team.TeamFilter;
import io.tepai.api.team.TeamLevel;
import io.tepai.api.team.TeamService;
import io.tepai.api.team.TeamStatus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TeamsCommandTest {

    private final TeamService service = mock(TeamService.class);
    private final TeamsCommand command = new TeamsCommand();

    @BeforeEach
    void setUp() {
        command.teams = service;
    }

    @Test
    void passesFiltersAndShowsCompositionAndSigningCounties() {
        command.level = "city";
        command.county = "wuzhi";
        command.status = "active";
        command.industry = "怀药";
        command.page = 2;
        command.size = 1;
        when(service.search(new TeamFilter(TeamLevel.CITY, "wuzhi", TeamStatus.ACTIVE, "怀药", null),
                new PageRequest(2, 1))).thenReturn(new Page<>(List.of(Samples.team(List.of(
                        Samples.member(7, "李华", ChainSegment.PROCESSING),
                        Samples.member(9, "郭明亮", ChainSegment.PRODUCTION)))), 3, 2, 1));
        when(service.agreements(3)).thenReturn(List.of(
                Samples.agreement(12, "wuzhi", AgreementStatus.ACTIVE, List.of(), Leader.NONE, Leader.NONE),
                Samples.agreement(15, "wenxian", AgreementStatus.DRAFT, List.of(), Leader.NONE, Leader.NONE)));

        Console console = Console.capture(command::execute);

        assertEquals("", console.err());
        List<String> lines = console.lines();
        assertEquals(List.of("Id", "Name", "Industry", "Level", "Status", "Members", "Composition", "Agreements"),
                Console.cells(lines.get(0)));
        assertEquals(List.of("3", "四大怀药产业服务团", "四大怀药", "CITY", "ACTIVE", "2", "PRODUCTION, PROCESSING",
                "wuzhi, wenxian (DRAFT)"), Console.cells(lines.get(2)));
        assertEquals("Page 2 of 3 (3 teams)", lines.get(lines.size() - 1));
    }

    @Test
    void countyTeamShowsItsOwnerAndNoAgreements() {
        Team city = Samples.team(List.of());
        Team countyTeam = new Team(4, "孟州市畜牧服务团", "畜牧", TeamLevel.COUNTY, "mengzhou", "jzaas",
                city.termStart(), city.termEnd(), TeamStatus.FORMING, Leader.NONE, List.of(), Set.of(), false, 1,
                city.createdAt(), city.updatedAt());
        when(service.search(TeamFilter.ALL, PageRequest.first())).thenReturn(new Page<>(List.of(countyTeam), 1, 1, 20));
        when(service.agreements(4)).thenReturn(List.of());

        List<String> lines = Console.capture(command::execute).lines();

        assertEquals(List.of("4", "孟州市畜牧服务团", "畜牧", "COUNTY mengzhou", "FORMING", "0", "", ""),
                Console.cells(lines.get(2)));
    }

    @Test
    void unknownLevelListsAllowedValuesWithoutSearching() {
        command.level = "province";

        Console console = Console.capture(command::execute);

        assertEquals("Error: level: 'province' is not one of CITY, COUNTY", console.err().strip());
        verifyNoInteractions(service);
    }

    @Test
    void emptyPageAsksForNoAgreements() {
        when(service.search(TeamFilter.ALL, PageRequest.first())).thenReturn(new Page<>(List.of(), 0, 1, 20));

        List<String> lines = Console.capture(command::execute).lines();

        assertEquals("Page 1 of 1 (0 teams)", lines.get(lines.size() - 1));
        verify(service, never()).agreements(anyLong());
    }
}
