package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.demand.Demand;
import io.tepai.api.demand.DemandFilter;
import io.tepai.api.demand.DemandMatch;
import io.tepai.api.demand.DemandService;
import io.tepai.api.demand.DemandStatus;
import io.tepai.api.demand.DemandStep;
import io.tepai.api.demand.PublishedTable;
import io.tepai.api.specialist.SpecialistStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** tepai:demands, tepai:demand, tepai:demand-publish and tepai:demand-confirm over a faked DemandService. */
class DemandCommandsTest {

    private static final Instant PUBLISHED = Instant.parse("2026-03-02T08:30:00Z");

    private final DemandService demands = mock(DemandService.class);

    private static Demand demand(DemandStatus status, String phone) {
        return new Demand(12, "wenxian", 2026, 5L, "温县祥云镇怀药专业合作社", "四大怀药", "铁棍山药连作障碍防治", "李建国",
                phone, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 31), status, 2,
                status == DemandStatus.MATCHED ? 31L : null, status == DemandStatus.MATCHED ? 4L : null,
                status == DemandStatus.MATCHED ? "李振华" : null, null, PUBLISHED, true, 3);
    }

    @Test
    void demandsListsTheFilteredTableWithThePhoneOnlyWhenShown() {
        DemandsCommand command = new DemandsCommand();
        command.demands = demands;
        command.county = "wenxian";
        command.status = "published";
        when(demands.search(any(), eq(new DemandFilter("wenxian", null, DemandStatus.PUBLISHED, null)),
                eq(PageRequest.first()))).thenReturn(new Page<>(List.of(demand(DemandStatus.PUBLISHED, null)), 1, 1,
                20));

        List<String> lines = SignedIn.run(SignedIn.subject("wuzhi", "county", "county:wuzhi"), command::execute)
                .lines();

        assertEquals(List.of("12", "wenxian", "四大怀药", "温县祥云镇怀药专业合作社", "铁棍山药连作障碍防治", "李建国", "", "PUBLISHED",
                "2", ""), Console.cells(lines.get(2)));
        assertEquals("Page 1 of 1 (1 demand)", lines.get(lines.size() - 1));
    }

    @Test
    void aBadStatusNamesTheAllowedOnes() {
        DemandsCommand command = new DemandsCommand();
        command.demands = demands;
        command.status = "done";

        Console console = SignedIn.runAsCity(command::execute);

        assertTrue(console.failed());
        assertTrue(console.err().contains("DRAFT, PUBLISHED, MATCHED, SERVED, WITHDRAWN"), console.err());
    }

    @Test
    void demandShowsTheDetailTheCandidatesAndTheHistory() {
        DemandCommand command = new DemandCommand();
        command.demands = demands;
        command.id = 12;
        when(demands.get(any(), eq(12L))).thenReturn(demand(DemandStatus.MATCHED, "13903910001"));
        when(demands.matches(any(), eq(12L), any())).thenReturn(new Page<>(List.of(new DemandMatch(31, 12, 4, "李振华",
                "henau", SpecialistStatus.ACTIVE, LocalDate.of(2026, 3, 5), "电话联系，约定实地查看", "henau", PUBLISHED,
                true, true)), 1, 1, PageRequest.MAX_SIZE));
        when(demands.history(any(), eq(12L))).thenReturn(List.of(
                new DemandStep(PUBLISHED, "published", "wenxian", null, "wenxian 2026"),
                new DemandStep(PUBLISHED, "confirmed", "wenxian", 31L, "李振华")));

        String out = SignedIn.runAsCity(command::execute).out();

        assertTrue(out.contains("13903910001"), out);
        assertTrue(out.contains("李振华 (4)"), out);
        assertTrue(out.contains("Candidate matches: 1"), out);
        assertTrue(out.contains("电话联系，约定实地查看"), out);
        assertTrue(out.contains("confirmed"), out);
    }

    @Test
    void publishSaysWhatWasPublished() {
        DemandPublishCommand command = new DemandPublishCommand();
        command.demands = demands;
        when(demands.publish(any(), eq(null), eq(null))).thenReturn(new PublishedTable("wenxian", 2026, 3, 5,
                PUBLISHED));

        Console console = SignedIn.run(SignedIn.subject("wenxian", "county", "county:wenxian"), command::execute);

        assertFalse(console.failed());
        assertEquals(List.of("Demand table of wenxian 2026 published: 3 new, 5 in the table"), console.lines());
    }

    @Test
    void confirmingOutOfOrderFailsNamingTheRule() {
        DemandConfirmCommand command = new DemandConfirmCommand();
        command.demands = demands;
        command.id = 12;
        command.match = 31;
        when(demands.get(any(), eq(12L))).thenReturn(demand(DemandStatus.MATCHED, "13903910001"));
        when(demands.confirm(any(), eq(12L), eq(3L), eq(31L))).thenThrow(new RuleViolationException("R-REC-3",
                "demand 12 is MATCHED"));

        Console console = SignedIn.runAsCity(command::execute);

        assertTrue(console.failed());
        assertTrue(console.err().contains("R-REC-3"), console.err());
    }

    @Test
    void statusCompletesAndDemandIdsComeFromTheSignedInAccountsView() {
        assertEquals(List.of("MATCHED "), CompletersTest.complete(new DemandStatusCompleter(), "M"));
        DemandCompleter completer = new DemandCompleter();
        completer.demands = demands;
        when(demands.search(any(), eq(DemandFilter.ALL), eq(new PageRequest(1, PageRequest.MAX_SIZE))))
                .thenReturn(new Page<>(List.of(demand(DemandStatus.PUBLISHED, null)), 1, 1, PageRequest.MAX_SIZE));

        assertEquals(List.of("12 "), SignedIn.as(SignedIn.subject("hpu", "unit", "unit:hpu"),
                () -> CompletersTest.complete(completer, "1")));
        assertEquals(List.of(), CompletersTest.complete(completer, ""), "nothing without a signed-in account");
    }
}
