package io.tepai.shell.internal;

import io.tepai.api.field.Holder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.field.CoordinationRequest;
import io.tepai.api.field.RequestFilter;
import io.tepai.api.field.RequestService;
import io.tepai.api.field.RequestStatus;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestsCommandTest {

    private final RequestService service = mock(RequestService.class);
    private final RequestsCommand command = new RequestsCommand();

    @BeforeEach
    void setUp() {
        command.requests = service;
    }

    @Test
    void passesFiltersAndShowsWhoHoldsEachRequest() {
        command.specialist = 7L;
        command.county = "wuzhi";
        command.status = "open";
        command.holder = " team:3 ";
        command.overdue = true;
        command.page = 1;
        command.size = 5;
        CoordinationRequest request = Samples.request(31, RequestStatus.OPEN, true, List.of(), List.of());
        when(service.search(new RequestFilter(7L, "wuzhi", RequestStatus.OPEN, Holder.team(3), true),
                new PageRequest(1, 5)))
                .thenReturn(new Page<>(List.of(request), 1, 1, 5));

        Console console = Console.capture(command::execute);

        assertEquals("", console.err());
        List<String> lines = console.lines();
        assertEquals(List.of("Id", "Raised", "Specialist", "County", "Urgency", "Status", "Holder", "Overdue",
                "Problem"), Console.cells(lines.get(0)));
        assertEquals(List.of("31", "2026-11-02T01:15:30Z", "李华 (7)", "wuzhi", "HIGH", "OPEN", "team:3", "yes",
                "怀山药大面积出现炭疽病，合作社自行用药无效，需植保专家现场…"), Console.cells(lines.get(2)));
        assertEquals("Page 1 of 1 (1 request)", lines.get(3));
        assertEquals(4, lines.size());
    }

    @Test
    void aHolderOfNoKnownFormIsOneErrorLineAndNoSearch() {
        command.holder = "county:wuzhi";

        Console console = Console.capture(command::execute);

        assertEquals("Error: holder: 'county:wuzhi' is not team:<id>, unit:<code> or city", console.err().strip());
        verifyNoInteractions(service);
    }

    @Test
    void withoutOverdueNothingIsFilteredAndTheColumnIsBlankForTimelyRequests() {
        when(service.search(RequestFilter.ALL, PageRequest.first())).thenReturn(new Page<>(List.of(
                Samples.request(31, RequestStatus.ASSIGNED, false, List.of(9L), List.of())), 41, 1, 20));

        List<String> lines = Console.capture(command::execute).lines();

        assertEquals("", Console.cells(lines.get(2)).get(7));
        assertEquals("ASSIGNED", Console.cells(lines.get(2)).get(5));
        assertEquals("Page 1 of 3 (41 requests)", lines.get(3));
    }

    @Test
    void unknownStatusListsTheStatusesWithoutSearching() {
        command.status = "pending";

        Console console = Console.capture(command::execute);

        assertEquals("Error: status: 'pending' is not one of OPEN, ASSIGNED, ESCALATED, RESOLVED, CLOSED",
                console.err().strip());
        verifyNoInteractions(service);
    }
}
