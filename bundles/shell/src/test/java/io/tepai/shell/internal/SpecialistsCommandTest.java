package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.specialist.SpecialistFilter;
import io.tepai.api.specialist.SpecialistService;
import io.tepai.api.specialist.SpecialistStatus;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SpecialistsCommandTest {

    private final SpecialistService service = mock(SpecialistService.class);
    private final SpecialistsCommand command = new SpecialistsCommand();

    @BeforeEach
    void setUp() {
        command.specialists = service;
        command.calendar = FixedCalendar.FEBRUARY_IN_A_MARCH_YEAR;
    }

    @Test
    void R_REC_3_R_TIER_2_passesFiltersWithTheCurrentProgrammeYearOfTheDispatchAndPrintsRowsWithFooter() {
        command.county = "wuzhi";
        command.status = "active";
        command.text = "山药";
        command.guidanceClass = "rural_entrepreneurship";
        command.page = 2;
        command.size = 1;
        when(service.search(new SpecialistFilter("wuzhi", null, null, SpecialistStatus.ACTIVE, null, "山药", 2026,
                io.tepai.api.specialist.Classification.RURAL_ENTREPRENEURSHIP),
                new PageRequest(2, 1))).thenReturn(new Page<>(List.of(Samples.specialist("")), 3, 2, 1));

        Console console = Console.capture(command::execute);

        assertEquals("", console.err());
        List<String> lines = console.lines();
        assertEquals(List.of("Id", "Name", "Unit", "Tier", "Title", "Class", "Wished counties", "Status"),
                Console.cells(lines.get(0)));
        assertEquals(List.of("7", "李华", "hpu", "city", "副教授", "PUBLIC_WELFARE", "wenxian, wuzhi", "ACTIVE"),
                Console.cells(lines.get(2)));
        assertEquals("Page 2 of 3 (3 specialists)", lines.get(lines.size() - 1));
    }

    @Test
    void aNamedYearAsksAboutThatYearsDispatch() {
        command.county = "wuzhi";
        command.year = 2024;
        when(service.search(any(), any())).thenReturn(new Page<>(List.of(), 0, 1, 20));

        Console.capture(command::execute);

        verify(service).search(new SpecialistFilter("wuzhi", null, null, null, null, null, 2024), PageRequest.first());
    }

    @Test
    void unknownStatusListsAllowedValuesWithoutSearching() {
        command.status = "retired";

        Console console = Console.capture(command::execute);

        assertEquals("Error: status: 'retired' is not one of CANDIDATE, ACTIVE, EXITED", console.err().strip());
        verifyNoInteractions(service);
    }

    @Test
    void R_TIER_2_anUnknownGuidanceClassListsTheClassesWithoutSearching() {
        command.guidanceClass = "tourism";

        Console console = Console.capture(command::execute);

        assertEquals("Error: guidance-class: 'tourism' is not one of PUBLIC_WELFARE, RURAL_ENTREPRENEURSHIP",
                console.err().strip());
        verifyNoInteractions(service);
    }

    @Test
    void pageSizeOutOfRangeIsReportedByField() {
        command.size = 500;

        Console console = Console.capture(command::execute);

        assertEquals("Error: size: must be between 1 and 200", console.err().strip());
        assertEquals("", console.out());
        verifyNoInteractions(service);
    }

    @Test
    void emptyResultStillPrintsTheFooter() {
        when(service.search(any(), any())).thenReturn(new Page<>(List.of(), 0, 1, 20));

        Console console = Console.capture(command::execute);

        assertTrue(console.out().strip().endsWith("Page 1 of 1 (0 specialists)"), console.out());
    }
}
