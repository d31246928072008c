package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.funding.Allocation;
import io.tepai.api.funding.AllocationFilter;
import io.tepai.api.funding.Budget;
import io.tepai.api.funding.BudgetFilter;
import io.tepai.api.funding.BudgetSource;
import io.tepai.api.funding.ExpenseCategory;
import io.tepai.api.funding.FeeComplaint;
import io.tepai.api.funding.FeeComplaintService;
import io.tepai.api.funding.FindingKind;
import io.tepai.api.funding.FundingService;
import io.tepai.api.funding.Inspection;
import io.tepai.api.funding.InspectionDraft;
import io.tepai.api.funding.InspectionService;
import io.tepai.api.funding.InsuranceService;
import io.tepai.api.funding.UninsuredSpecialist;
import io.tepai.api.funding.LedgerGroup;
import io.tepai.api.funding.LedgerLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FundingCommandsTest {

    private final FundingService funding = mock(FundingService.class);

    @Test
    void budgetsShowsTheCurrentYearsBudgetsInYuan() {
        BudgetsCommand command = new BudgetsCommand();
        command.funding = funding;
        command.calendar = FixedCalendar.FEBRUARY_IN_A_MARCH_YEAR;
        command.source = "county:wuzhi";
        when(funding.budgets(any(), eq(new BudgetFilter(2026, BudgetSource.county("wuzhi"))), eq(PageRequest.first())))
                .thenReturn(new Page<>(List.of(new Budget(3, 2026, "COUNTY:wuzhi", new BigDecimal("500000"),
                        new BigDecimal("120000.5"), new BigDecimal("379999.5"), BigDecimal.ZERO, "县财政", false, 0)),
                        1, 1, 20));

        List<String> lines = SignedIn.runAsCity(command::execute).lines();

        assertEquals(List.of("3", "2026", "COUNTY:wuzhi", "500000.00", "120000.50", "379999.50", "0.00", "县财政"),
                Console.cells(lines.get(2)));
        assertEquals("Page 1 of 1 (1 budget), year 2026, yuan", lines.get(lines.size() - 1));
    }

    @Test
    void allocationsNameTheRecipient() {
        AllocationsCommand command = new AllocationsCommand();
        command.funding = funding;
        command.calendar = FixedCalendar.FEBRUARY_IN_A_MARCH_YEAR;
        command.team = 4L;
        when(funding.allocations(any(), eq(new AllocationFilter(2026, null, 4L, null, null, null)),
                eq(PageRequest.first()))).thenReturn(new Page<>(List.of(new Allocation(9, 1, 2026, "CITY", 4L, null,
                "四大怀药产业服务团", "hpu", null, new BigDecimal("150000"), new BigDecimal("2000"),
                new BigDecimal("148000"), "", Instant.EPOCH, false, 0)), 1, 1, 20));

        List<String> lines = SignedIn.runAsCity(command::execute).lines();

        assertEquals(List.of("9", "1", "CITY", "team 四大怀药产业服务团 (4)", "hpu", "", "150000.00", "2000.00", "148000.00",
                ""), Console.cells(lines.get(2)));
    }

    @Test
    void ledgerByTeamShowsCategories() {
        LedgerCommand command = new LedgerCommand();
        command.funding = funding;
        command.calendar = FixedCalendar.FEBRUARY_IN_A_MARCH_YEAR;
        command.by = "team";
        when(funding.ledger(any(), eq(2026), eq(LedgerGroup.TEAM), eq(PageRequest.first()))).thenReturn(new Page<>(
                List.of(new LedgerLine("4", "四大怀药产业服务团", null, null, new BigDecimal("150000"),
                        new BigDecimal("50000"), new BigDecimal("2300"), new BigDecimal("147700"), Map.of(ExpenseCategory.TRAINING, new BigDecimal("300"),
                        ExpenseCategory.TOLLS, new BigDecimal("2000")))), 1, 1, 20));

        List<String> lines = SignedIn.runAsCity(command::execute).lines();

        assertEquals(List.of("4", "四大怀药产业服务团", "", "", "150000.00", "50000.00", "2300.00", "147700.00",
                "training 300.00, tolls 2000.00"), Console.cells(lines.get(2)));
        assertEquals("Page 1 of 1 (1 line), year 2026, by team, yuan", lines.get(lines.size() - 1));
    }

    @Test
    void anUnknownGroupIsRefusedNamingTheChoices() {
        LedgerCommand command = new LedgerCommand();
        command.funding = funding;
        command.calendar = FixedCalendar.FEBRUARY_IN_A_MARCH_YEAR;
        command.by = "village";

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("Error: by: 'village' is not one of BUDGET, TEAM, SPECIALIST, COUNTY, UNIT",
                console.err().strip());
        verifyNoInteractions(funding);
    }

    @Test
    void uninsuredListsWhoHasNoCoverToday() {
        InsuranceService insurance = mock(InsuranceService.class);
        UninsuredCommand command = new UninsuredCommand();
        command.insurance = insurance;
        command.county = "wuzhi";
        when(insurance.uninsured(any(), eq("wuzhi"), eq(PageRequest.first()))).thenReturn(new Page<>(
                List.of(new UninsuredSpecialist(12, "王小明", "jzu", "city")), 1, 1, 20));

        List<String> lines = SignedIn.runAsCity(command::execute).lines();

        assertEquals(List.of("12", "王小明", "jzu", "city"), Console.cells(lines.get(2)));
        assertEquals("Page 1 of 1 (1 specialist) without cover today", lines.get(lines.size() - 1));
    }

    @Test
    void inspectionDrawPrintsTheDrawAndItsSeed() {
        InspectionService inspections = mock(InspectionService.class);
        InspectionDrawCommand command = new InspectionDrawCommand();
        command.inspections = inspections;
        command.calendar = FixedCalendar.FEBRUARY_IN_A_MARCH_YEAR;
        command.size = 2;
        command.seed = 42L;
        when(inspections.draw(any(), eq(new InspectionDraft(2026, 2, 42L)))).thenReturn(new Inspection(5, 2026, 2, 42L,
                30, "office", Instant.EPOCH, List.of(new Inspection.Item(17, null, "", "", "", null),
                new Inspection.Item(3, null, "", "", "", null)), false, 0));

        List<String> lines = SignedIn.runAsCity(command::execute).lines();

        assertEquals(List.of("1", "17"), Console.cells(lines.get(2)));
        assertEquals("Inspection 5: 2 of 30 allocations of 2026, seed 42", lines.get(lines.size() - 1));
    }

    private static Inspection inspection() {
        return new Inspection(5, 2026, 2, 42L, 30, "office", Instant.parse("2026-11-02T08:00:00Z"),
                List.of(new Inspection.Item(17, FindingKind.FEES_CHARGED, "向农户收取指导费 200 元", "退还并通报",
                        "office", Instant.EPOCH), new Inspection.Item(3, null, "", "", "", null)), false, 3);
    }

    @Test
    void R_FUND_4_inspectionWithoutAnIdShowsWhatTheLastOneFound() {
        InspectionService inspections = mock(InspectionService.class);
        InspectionCommand command = new InspectionCommand();
        command.inspections = inspections;
        when(inspections.inspections(any(), eq(null), eq(new PageRequest(1, 1))))
                .thenReturn(new Page<>(List.of(inspection()), 4, 1, 1));

        List<String> lines = SignedIn.runAsCity(command::execute).lines();

        assertEquals("Inspection 5 of 2026: 2 of 30 allocations drawn 2026-11-02T08:00:00Z by office, seed 42",
                lines.get(0));
        assertEquals(List.of("1", "17", "FEES_CHARGED", "向农户收取指导费 200 元", "退还并通报", "office"),
                Console.cells(lines.get(3)));
        assertEquals(List.of("2", "3", "not yet recorded", "", "", ""), Console.cells(lines.get(4)));
    }

    @Test
    void R_FUND_4_inspectionWhenNoneWasDrawnFailsSayingSo() {
        InspectionService inspections = mock(InspectionService.class);
        InspectionCommand command = new InspectionCommand();
        command.inspections = inspections;
        when(inspections.inspections(any(), eq(null), eq(new PageRequest(1, 1)))).thenReturn(new Page<>(List.of(), 0,
                1, 1));

        Console console = SignedIn.runAsCity(command::execute);

        assertNotNull(console.failure());
        assertEquals("Error: No inspection has been drawn yet", console.err().strip());
    }

    @Test
    void R_FUND_4_inspectionsCountTheRecordedFindings() {
        InspectionService inspections = mock(InspectionService.class);
        InspectionsCommand command = new InspectionsCommand();
        command.inspections = inspections;
        command.year = 2026;
        when(inspections.inspections(any(), eq(2026), eq(PageRequest.first())))
                .thenReturn(new Page<>(List.of(inspection()), 1, 1, 20));

        List<String> lines = SignedIn.runAsCity(command::execute).lines();

        assertEquals(List.of("5", "2026", "2026-11-02T08:00:00Z", "office", "2 of 30", "42", "1 of 2"),
                Console.cells(lines.get(2)));
        assertEquals("Page 1 of 1 (1 inspection)", lines.get(lines.size() - 1));
    }

    @Test
    void R_FUND_4_feeComplaintsListWhatWasChargedUnderWhom() {
        FeeComplaintService complaints = mock(FeeComplaintService.class);
        FeeComplaintsCommand command = new FeeComplaintsCommand();
        command.complaints = complaints;
        command.county = "wuzhi";
        when(complaints.complaints(any(), eq(null), eq("wuzhi"), eq(PageRequest.first()))).thenReturn(new Page<>(
                List.of(new FeeComplaint(2, 2026, "wuzhi", 12L, "王小明", 30L, new BigDecimal("600"), "收取指导费",
                        "wuzhi", Instant.parse("2026-11-02T08:00:00Z"), false, 0)), 1, 1, 20));

        List<String> lines = SignedIn.runAsCity(command::execute).lines();

        assertEquals(List.of("2", "2026", "wuzhi", "王小明 (12)", "30", "600.00", "收取指导费", "wuzhi",
                "2026-11-02T08:00:00Z"), Console.cells(lines.get(2)));
        assertEquals("Page 1 of 1 (1 complaint)", lines.get(lines.size() - 1));
    }
}
