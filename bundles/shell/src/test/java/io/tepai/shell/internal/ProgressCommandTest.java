package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.tepai.api.ValidationException;
import io.tepai.api.field.Progress;
import io.tepai.api.field.ProgressFilter;
import io.tepai.api.field.ProgressService;
import io.tepai.api.field.ProgressStatus;
import io.tepai.api.field.SpecialistProgress;
import io.tepai.api.field.TeamProgress;
import io.tepai.api.field.TeamProgress.AgreementProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProgressCommandTest {

    private static final SpecialistProgress MET = Samples.progress(7, "李华", "31", 9, ProgressStatus.MET,
            "31 of 30 field days: met");
    private static final SpecialistProgress ON_TRACK = Samples.progress(9, "郭明亮", "12.5", 11, ProgressStatus.ON_TRACK,
            "12.5 of 30 field days and 11 of 12 services; 91% of the year elapsed");
    private static final SpecialistProgress BEHIND = Samples.progress(11, "李振华", "4", 2, ProgressStatus.BEHIND,
            "4 of 30 field days and 2 of 12 services; 91% of the year elapsed");
    private static final SpecialistProgress UNIT_TIER = new SpecialistProgress(15, "王芳", "henau", "henau-own",
            BigDecimal.ZERO, 0, new BigDecimal("3.0"), 1, ProgressStatus.NO_THRESHOLD, "the tier sets no threshold");
    private static final TeamProgress YAM_TEAM = new TeamProgress(3, "四大怀药产业服务团", List.of(
            AgreementProgress.of(12, "wuzhi", Samples.agreement(12, "wuzhi", io.tepai.api.team.AgreementStatus.ACTIVE,
                    List.of("建设怀山药标准化基地", "培训种植户200人次"), null, null).taskFulfilment(),
                    new BigDecimal("18.5"), 7),
            AgreementProgress.of(15, "wenxian", List.of(), BigDecimal.ZERO, 0)));
    private static final TeamProgress NEW_TEAM = new TeamProgress(21, "农村电商服务团", List.of());

    private final ProgressService service = mock(ProgressService.class);
    private final ProgressCommand command = new ProgressCommand();

    @BeforeEach
    void setUp() {
        command.progress = service;
        command.calendar = FixedCalendar.FEBRUARY_IN_A_MARCH_YEAR;
        command.year = 2026;
    }

    @Test
    void showsTheYearEverySpecialistAgainstTheThresholdAndTeams() {
        when(service.progress(any(), eq(2026), eq(ProgressFilter.ALL))).thenReturn(progress(List.of(YAM_TEAM, NEW_TEAM)));

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("", console.err());
        List<String> lines = console.lines();
        assertEquals("2026 (2026-01-01 – 2026-12-31), 91% elapsed, as of 2026-11-28", lines.get(0));
        assertEquals(List.of("Specialist", "Name", "Unit", "Tier", "Field days", "Services", "Status", "Explanation"),
                Console.cells(lines.get(1)));
        assertEquals(List.of("7", "李华", "hpu", "city", "31 / 30", "9 / 12", "MET", "31 of 30 field days: met"),
                Console.cells(lines.get(3)));
        assertEquals(List.of("9", "郭明亮", "hpu", "city", "12.5 / 30", "11 / 12", "ON_TRACK",
                "12.5 of 30 field days and 11 of 12 services; 91% of the year elapsed"), Console.cells(lines.get(4)));
        assertEquals(List.of("11", "李振华", "hpu", "city", "4 / 30", "2 / 12", "BEHIND",
                "4 of 30 field days and 2 of 12 services; 91% of the year elapsed"), Console.cells(lines.get(5)));
        // no threshold: the counts alone
        assertEquals(List.of("15", "王芳", "henau", "henau-own", "3", "1", "NO_THRESHOLD", "the tier sets no threshold"),
                Console.cells(lines.get(6)));
        assertEquals("4 specialists: 1 MET, 1 ON_TRACK, 1 BEHIND, 1 NO_THRESHOLD", lines.get(7));
        assertEquals("", lines.get(8));
        assertEquals("Teams: 2", lines.get(9));
        assertEquals(List.of("Team", "Name", "Agreement", "County", "Fulfilled", "Open tasks", "Field days",
                "Services"), Console.cells(lines.get(10)));
        assertEquals(List.of("3", "四大怀药产业服务团", "12", "wuzhi", "1 / 2", "培训种植户200人次", "18.5", "7"),
                Console.cells(lines.get(12)));
        assertEquals(List.of("3", "四大怀药产业服务团", "15", "wenxian", "0 / 0", "", "0", "0"),
                Console.cells(lines.get(13)));
        assertEquals(List.of("21", "农村电商服务团", "", "(none)", "", "", "", ""), Console.cells(lines.get(14)));
        assertEquals(15, lines.size());
    }

    @Test
    void behindListsOnlyThoseBehind() {
        command.behind = true;
        when(service.progress(any(), eq(2026), eq(ProgressFilter.ALL))).thenReturn(progress(List.of()));

        List<String> lines = SignedIn.runAsCity(command::execute).lines();

        assertEquals("2026 (2026-01-01 – 2026-12-31), 91% elapsed, as of 2026-11-28", lines.get(0));
        assertEquals("Specialist", Console.cells(lines.get(1)).get(0));
        assertEquals(List.of("11", "李振华", "hpu", "city", "4 / 30", "2 / 12", "BEHIND",
                "4 of 30 field days and 2 of 12 services; 91% of the year elapsed"), Console.cells(lines.get(3)));
        assertEquals("1 of 4 behind", lines.get(4));
        // no teams: no teams section
        assertEquals(5, lines.size());
    }

    @Test
    void R_TIER_2_passesTheFiltersAndShowsTheTotalsPerGuidanceClass() {
        command.county = "wuzhi";
        command.unit = "hpu";
        command.team = 3L;
        command.guidanceClass = "public_welfare";
        when(service.progress(any(), eq(2026), eq(new ProgressFilter("wuzhi", "hpu", 3L,
                io.tepai.api.specialist.Classification.PUBLIC_WELFARE)))).thenReturn(new Progress(2026,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 3, 1), 0.16, List.of(),
                List.of(), List.of(), List.of(
                        new io.tepai.api.field.ClassProgress(io.tepai.api.specialist.Classification.PUBLIC_WELFARE, 0,
                                BigDecimal.ZERO, 0),
                        new io.tepai.api.field.ClassProgress(
                                io.tepai.api.specialist.Classification.RURAL_ENTREPRENEURSHIP, 0, BigDecimal.ZERO, 0))));

        List<String> lines = SignedIn.runAsCity(command::execute).lines();

        assertEquals("2026 (2026-01-01 – 2026-12-31), 16% elapsed, as of 2026-03-01", lines.get(0));
        assertEquals("0 specialists", lines.get(lines.size() - 2));
        assertEquals("By guidance class: PUBLIC_WELFARE 0 (0 days, 0 services), RURAL_ENTREPRENEURSHIP 0 (0 days,"
                + " 0 services)", lines.get(lines.size() - 1));
    }

    @Test
    void defaultYearIsTheProgrammeYearNotTheCalendarYear() {
        command.year = null;
        // 2027 in the calendar, but the programme year that began on 1 July 2026 is still running
        command.calendar = new FixedCalendar(LocalDate.of(2027, 2, 10), MonthDay.of(7, 1));
        when(service.progress(any(), eq(2026), eq(ProgressFilter.ALL))).thenReturn(new Progress(2026, LocalDate.of(2026, 7, 1),
                LocalDate.of(2027, 6, 30), LocalDate.of(2027, 2, 10), 0.6137, List.of(), List.of(), List.of()));

        List<String> lines = SignedIn.runAsCity(command::execute).lines();

        assertEquals("2026 (2026-07-01 – 2027-06-30), 61% elapsed, as of 2027-02-10", lines.get(0));
        verify(service, never()).progress(any(), eq(2027), eq(ProgressFilter.ALL));
    }

    @Test
    void givenYearIsUsedWithoutAskingForTheCurrentOne() {
        command.year = 2025;
        when(service.progress(any(), eq(2025), eq(ProgressFilter.ALL))).thenThrow(ValidationException.of("year",
                "has no programme year configured"));

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("Error: year: has no programme year configured", console.err().strip());
        assertEquals("", console.out());
    }

    @Test
    void thresholdOfZeroIsNotShown() {
        assertEquals("12.5 / 30", ProgressCommand.against(new BigDecimal("12.50"), new BigDecimal("30.0")));
        assertEquals("5", ProgressCommand.against(new BigDecimal("5"), BigDecimal.ZERO));
        assertEquals("0 / 12", ProgressCommand.against(BigDecimal.ZERO, new BigDecimal("12")));
    }

    private static Progress progress(List<TeamProgress> teams) {
        return new Progress(2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 11, 28),
                332.0 / 365, List.of(MET, ON_TRACK, BEHIND, UNIT_TIER), List.of(BEHIND), teams);
    }
}
