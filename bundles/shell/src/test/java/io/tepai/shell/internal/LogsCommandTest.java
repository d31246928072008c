package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.field.LogFilter;
import io.tepai.api.field.LogStatus;
import io.tepai.api.field.ServiceLogService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogsCommandTest {

    private final ServiceLogService service = mock(ServiceLogService.class);
    private final LogsCommand command = new LogsCommand();

    @BeforeEach
    void setUp() {
        command.logs = service;
    }

    @Test
    void passesFiltersAndShowsOneRowPerLog() {
        command.specialist = 7L;
        command.county = "wuzhi";
        command.unit = "hpu";
        command.status = "confirmed";
        command.from = "2026-03-01";
        command.to = " 2026-03-31 ";
        command.page = 2;
        command.size = 2;
        when(service.search(any(), eq(new LogFilter(7L, "wuzhi", "hpu", null, LogStatus.CONFIRMED, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31))), eq(new PageRequest(2, 2)))).thenReturn(new Page<>(List.of(
                        Samples.log(42, LogStatus.CONFIRMED, 4), Samples.log(43, LogStatus.CONFIRMED, null)), 4, 2, 2));

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("", console.err());
        List<String> lines = console.lines();
        assertEquals(List.of("Id", "Dates", "Specialist", "County", "Field days", "Kind", "Status", "Satisfaction",
                "Description"), Console.cells(lines.get(0)));
        assertEquals(List.of("42", "2026-03-02 – 2026-03-03", "李华 (7)", "wuzhi", "1.5", "TECHNICAL_GUIDANCE",
                "CONFIRMED", "4/5", "指导合作社怀山药标准化种植，现场讲解病虫害防治和测土配方施…"), Console.cells(lines.get(2)));
        assertEquals("", Console.cells(lines.get(3)).get(7));
        assertEquals("Page 2 of 2 (4 logs)", lines.get(lines.size() - 1));
        assertEquals(5, lines.size());
    }

    @Test
    void oneDayLogShowsOneDateAndAShortDescriptionWhole() {
        when(service.search(any(), eq(LogFilter.ALL), eq(PageRequest.first()))).thenReturn(new Page<>(List.of(
                Samples.oneDayLog(50, LogStatus.SUBMITTED)), 1, 1, 20));

        List<String> lines = SignedIn.runAsCity(command::execute).lines();

        assertEquals(List.of("50", "2026-04-01", "郭明亮 (9)", "xiuwu", "0.5", "E_COMMERCE", "SUBMITTED", "", "直播带货"),
                Console.cells(lines.get(2)));
        assertEquals("Page 1 of 1 (1 log)", lines.get(3));
    }

    @Test
    void unknownStatusListsTheStatusesWithoutSearching() {
        command.status = "approved";

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("Error: status: 'approved' is not one of DRAFT, SUBMITTED, RETURNED, CONFIRMED",
                console.err().strip());
        assertEquals("", console.out());
        verifyNoInteractions(service);
    }

    @Test
    void malformedDayIsOneErrorLine() {
        command.from = "1.3.2026";

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("Error: from: '1.3.2026' is not a day like 2026-03-01", console.err().strip());
        verifyNoInteractions(service);
    }

    @Test
    void periodEndingBeforeItStartsIsRefused() {
        command.from = "2026-03-31";
        command.to = "2026-03-01";

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("Error: to: must not be before --from", console.err().strip());
        verifyNoInteractions(service);
    }
}
