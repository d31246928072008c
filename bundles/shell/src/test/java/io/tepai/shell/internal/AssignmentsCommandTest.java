package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.dispatch.AssignmentFilter;
import io.tepai.api.dispatch.AssignmentService;
import io.tepai.spi.tier.SupportLevel;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssignmentsCommandTest {

    private final AssignmentService service = mock(AssignmentService.class);
    private final AssignmentsCommand command = new AssignmentsCommand();

    @BeforeEach
    void setUp() {
        command.assignments = service;
        // 15 February 2027, and the programme year starts on 1 March: the current year is 2026
        command.calendar = FixedCalendar.FEBRUARY_IN_A_MARCH_YEAR;
    }

    @Test
    void listsTheCurrentYearByDefaultWithAllFiltersAndColumns() {
        command.county = "wuzhi";
        command.specialist = 7L;
        command.unit = "hpu";
        command.level = "city";
        when(service.search(new AssignmentFilter("wuzhi", 2026, 7L, "hpu", SupportLevel.CITY), PageRequest.first()))
                .thenReturn(new Page<>(List.of(Samples.assignment(31, 2026, "")), 1, 1, 20));

        Console console = Console.capture(command::execute);

        assertEquals("", console.err());
        List<String> lines = console.lines();
        assertEquals(List.of("Id", "Year", "County", "Specialist", "Name", "Unit", "Level", "Industries", "Recipients",
                "Exception"), Console.cells(lines.get(0)));
        assertEquals(List.of("31", "2026", "wuzhi", "7", "李华", "hpu", "CITY", "怀山药、大米", "武陟县怀药合作社", ""),
                Console.cells(lines.get(2)));
        assertEquals("Page 1 of 1 (1 assignment), year 2026", lines.get(lines.size() - 1));
    }

    @Test
    void allYearsDoesNotFilterByYear() {
        command.allYears = true;
        command.page = 2;
        command.size = 1;
        when(service.search(new AssignmentFilter(null, null, null, null, null), new PageRequest(2, 1)))
                .thenReturn(new Page<>(List.of(Samples.assignment(12, 2025, "城市与县级同年支持，经市科技局批准")), 2, 2, 1));

        List<String> lines = Console.capture(command::execute).lines();

        // 17 Chinese characters are 34 terminal columns: the 30-column Exception column wraps them
        assertEquals("城市与县级同年支持，经市科技局", Console.cells(lines.get(2)).get(9));
        assertEquals("批准", Console.cells(lines.get(3)).get(9));
        assertEquals("Page 2 of 2 (2 assignments), all years", lines.get(lines.size() - 1));
    }

    @Test
    void givenYearIsUsed() {
        command.year = 2024;
        when(service.search(new AssignmentFilter(null, 2024, null, null, null), PageRequest.first()))
                .thenReturn(new Page<>(List.of(), 0, 1, 20));

        List<String> lines = Console.capture(command::execute).lines();

        assertEquals("Page 1 of 1 (0 assignments), year 2024", lines.get(lines.size() - 1));
    }

    @Test
    void yearAndAllYearsContradictEachOther() {
        command.year = 2024;
        command.allYears = true;

        Console console = Console.capture(command::execute);

        assertEquals("Error: year: cannot be combined with --all-years", console.err().strip());
        verifyNoInteractions(service);
    }

    @Test
    void unknownLevelListsAllowedValues() {
        command.level = "village";

        Console console = Console.capture(command::execute);

        assertEquals("Error: level: 'village' is not one of " + String.join(", ",
                List.of(SupportLevel.values()).stream().map(Enum::name).toList()), console.err().strip());
        verifyNoInteractions(service);
    }
}
