package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.tepai.api.ForbiddenException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.incentive.IncentiveFilter;
import io.tepai.api.incentive.IncentiveService;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IncentivesCommandTest {

    private final IncentiveService service = mock(IncentiveService.class);
    private final IncentivesCommand command = new IncentivesCommand();

    @BeforeEach
    void setUp() {
        command.incentives = service;
    }

    @Test
    void passesFiltersAndShowsOneRowPerGrant() {
        command.year = 2026;
        command.round = 3L;
        command.county = "wuzhi";
        command.unit = "hpu";
        command.policy = " green-channel ";
        command.page = 1;
        command.size = 50;
        when(service.search(any(), eq(new IncentiveFilter(2026, 3L, "wuzhi", "hpu", "green-channel")),
                eq(new PageRequest(1, 50)))).thenReturn(new Page<>(List.of(
                        Samples.grant(1, "green-channel", null), Samples.grant(2, "xiuwu-tourism",
                                new BigDecimal("5000.00"))), 2, 1, 50));

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("", console.err());
        List<String> lines = console.lines();
        assertEquals(List.of("Id", "Year", "Round", "Subject", "County", "Unit", "Grade", "Policy", "Kind",
                "Amount (CNY)", "Description"), Console.cells(lines.get(0)));
        assertEquals(List.of("1", "2026", "3", "李华 (7)", "wuzhi", "hpu", "优秀", "green-channel", "GREEN_CHANNEL", "",
                "市科技计划项目申报绿色通道，优先立项支持"), Console.cells(lines.get(2)));
        assertEquals("5000.00", Console.cells(lines.get(3)).get(9));
        assertEquals("Page 1 of 1 (2 incentives)", lines.get(4));
    }

    @Test
    void aRefusedFilterIsOneErrorLine() {
        command.county = "xiuwu";
        when(service.search(any(), any(), any())).thenThrow(new ForbiddenException("county:xiuwu",
                "A county account reads only its own county's incentives"));

        Console console = SignedIn.run(SignedIn.subject("wuzhi", "county", "county:wuzhi"), command::execute);

        assertEquals("Error: A county account reads only its own county's incentives (needs county:xiuwu)",
                console.err().strip());
        assertEquals("", console.out());
    }
}
