package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.tepai.api.ValidationException;
import io.tepai.api.dispatch.Coverage;
import io.tepai.api.dispatch.Coverage.CountyCoverage;
import io.tepai.api.dispatch.Coverage.CoveringSpecialist;
import io.tepai.api.dispatch.Coverage.CoveringTeam;
import io.tepai.api.dispatch.Coverage.Gap;
import io.tepai.api.dispatch.Coverage.IndustryCoverage;
import io.tepai.api.dispatch.CoverageService;
import io.tepai.api.specialist.ClassCount;
import io.tepai.api.specialist.Classification;
import io.tepai.spi.tier.SupportLevel;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CoverageCommandTest {

    private final CoverageService service = mock(CoverageService.class);
    private final CoverageCommand command = new CoverageCommand();

    @BeforeEach
    void setUp() {
        command.coverage = service;
        command.calendar = FixedCalendar.FEBRUARY_IN_A_MARCH_YEAR;
        command.year = 2026;
        when(service.coverage(2026)).thenReturn(matrix(2026));
    }

    @Test
    void R_SQUAD_1_showsEveryCellWithWhoServesItTheIncompleteSquadsAndTheSummary() {
        Console console = Console.capture(command::execute);

        assertEquals("", console.err());
        List<String> lines = console.lines();
        assertEquals(List.of("County", "Name", "Industry", "Covered", "Teams", "Specialists"),
                Console.cells(lines.get(0)));
        assertEquals(List.of("wuzhi", "武陟县", "怀山药", "yes", "四大怀药产业服务团", "李华 (CITY), 郭明亮 (COUNTY)"),
                Console.cells(lines.get(2)));
        assertEquals(List.of("wuzhi", "武陟县", "畜禽养殖", "NO", "", ""), Console.cells(lines.get(3)));
        assertEquals(List.of("qinyang", "沁阳市", "乡村旅游", "NO", "", ""), Console.cells(lines.get(4)));
        assertEquals("Squad incomplete: 沁阳市 (qinyang) has no captain and no liaison", lines.get(5));
        assertEquals("2026: covered 1 of 3 cells; gaps: 2; incomplete squads: 1", lines.get(6));
        assertEquals(7, lines.size());
    }

    @Test
    void gapsListsOnlyTheUncoveredCells() {
        command.gaps = true;

        List<String> lines = Console.capture(command::execute).lines();

        assertEquals(List.of("County", "Name", "Industry"), Console.cells(lines.get(0)));
        assertEquals(List.of("wuzhi", "武陟县", "畜禽养殖"), Console.cells(lines.get(2)));
        assertEquals(List.of("qinyang", "沁阳市", "乡村旅游"), Console.cells(lines.get(3)));
        assertEquals("2026: covered 1 of 3 cells; gaps: 2; incomplete squads: 1", lines.get(5));
        assertEquals(6, lines.size());
    }

    @Test
    void R_TIER_2_classesShowsEachCountysDispatchedSpecialistsPerGuidanceClassAndTheCitysTotals() {
        command.classes = true;
        Coverage plain = matrix(2026);
        when(service.coverage(2026)).thenReturn(new Coverage(2026, List.of(
                new CountyCoverage("wuzhi", "武陟县", plain.counties().get(0).industries(), List.of(), counts(5, 2)),
                new CountyCoverage("qinyang", "沁阳市", plain.counties().get(1).industries(),
                        List.of("captain", "liaison"), counts(0, 0))),
                plain.cells(), plain.covered(), plain.gaps(), plain.incompleteSquads(), counts(5, 2)));

        List<String> lines = Console.capture(command::execute).lines();

        assertEquals(List.of("County", "Name", "PUBLIC_WELFARE", "RURAL_ENTREPRENEURSHIP"), Console.cells(lines.get(0)));
        assertEquals(List.of("wuzhi", "武陟县", "5", "2"), Console.cells(lines.get(2)));
        assertEquals(List.of("qinyang", "沁阳市", "0", "0"), Console.cells(lines.get(3)));
        assertEquals("Dispatched by guidance class: PUBLIC_WELFARE 5, RURAL_ENTREPRENEURSHIP 2",
                lines.get(lines.size() - 1));
    }

    private static List<ClassCount> counts(int publicWelfare, int entrepreneurship) {
        return List.of(new ClassCount(Classification.PUBLIC_WELFARE, publicWelfare),
                new ClassCount(Classification.RURAL_ENTREPRENEURSHIP, entrepreneurship));
    }

    @Test
    void defaultYearIsTheProgrammeYearRunningToday() {
        // 15 February 2027, and the programme year starts on 1 March: the coverage of 2026
        command.year = null;
        when(service.coverage(2026)).thenReturn(matrix(2026));

        List<String> lines = Console.capture(command::execute).lines();

        assertEquals("2026: covered 1 of 3 cells; gaps: 2; incomplete squads: 1", lines.get(lines.size() - 1));
    }

    @Test
    void yearTheServiceRefusesIsOneErrorLine() {
        command.year = 1999;
        when(service.coverage(1999)).thenThrow(ValidationException.of("year", "must be between 2000 and 2100"));

        Console console = Console.capture(command::execute);

        assertEquals("Error: year: must be between 2000 and 2100", console.err().strip());
        assertEquals("", console.out());
    }

    private static Coverage matrix(int year) {
        IndustryCoverage yam = new IndustryCoverage("怀山药",
                List.of(new CoveringTeam(3, "四大怀药产业服务团", "agreement:12")),
                List.of(new CoveringSpecialist(7, "李华", SupportLevel.CITY, "assignment"),
                        new CoveringSpecialist(9, "郭明亮", SupportLevel.COUNTY, "field:怀山药栽培")), true);
        IndustryCoverage livestock = new IndustryCoverage("畜禽养殖", List.of(), List.of(), false);
        IndustryCoverage tourism = new IndustryCoverage("乡村旅游", List.of(), List.of(), false);
        return new Coverage(year, List.of(new CountyCoverage("wuzhi", "武陟县", List.of(yam, livestock), List.of()),
                new CountyCoverage("qinyang", "沁阳市", List.of(tourism), List.of("captain", "liaison"))), 3, 1,
                List.of(new Gap("wuzhi", "武陟县", "畜禽养殖"), new Gap("qinyang", "沁阳市", "乡村旅游")),
                List.of(new Coverage.IncompleteSquad("qinyang", "沁阳市", List.of("captain", "liaison"))));
    }
}
