package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.tepai.api.Contact;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.org.County;
import io.tepai.api.org.CountyService;
import io.tepai.api.org.DispatchingUnit;
import io.tepai.api.org.UnitFilter;
import io.tepai.api.org.UnitService;
import io.tepai.api.org.UnitType;
import io.tepai.api.specialist.Tier;
import io.tepai.api.specialist.TierService;
import io.tepai.spi.tier.Evaluator;
import io.tepai.spi.tier.FundingRule;
import io.tepai.spi.tier.FundingSource;
import io.tepai.spi.tier.ServiceThreshold;
import io.tepai.spi.tier.SupportLevel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The commands without options: one row per record, in the service's order. */
class ListCommandsTest {

    @Test
    void countiesJoinIndustriesTheChineseWay() {
        CountiesCommand command = new CountiesCommand();
        command.counties = mock(CountyService.class);
        when(command.counties.list()).thenReturn(List.of(
                new County("wuzhi", "武陟县", "Wuzhi County", "410823", List.of("怀山药", "大米"), 3)));

        List<String> lines = Console.capture(command::execute).lines();

        assertEquals(List.of("Code", "Name", "Division code", "Leading industries", "Version"),
                Console.cells(lines.get(0)));
        assertEquals(List.of("wuzhi", "武陟县", "410823", "怀山药、大米", "3"), Console.cells(lines.get(2)));
    }

    @Test
    void tiersShowThresholdFundingAndProvider() {
        TiersCommand command = new TiersCommand();
        command.tiers = mock(TierService.class);
        when(command.tiers.list()).thenReturn(List.of(
                new Tier("city", "市派科技特派员", "City-dispatched specialist", SupportLevel.CITY,
                        Evaluator.RECEIVING_COUNTY, new ServiceThreshold(new BigDecimal("30"), 12),
                        new FundingRule(new BigDecimal("20000.00"), FundingSource.CITY, ""), "io.tepai.core"),
                new Tier("hpu-own", "河南理工大学本级", "HPU own", SupportLevel.UNIT, Evaluator.DISPATCHING_UNIT,
                        ServiceThreshold.none(), new FundingRule(BigDecimal.ZERO, FundingSource.UNIT, ""),
                        "io.tepai.plugin.hpu")));

        List<String> lines = Console.capture(command::execute).lines();

        assertEquals(List.of("city", "市派科技特派员", "City-dispatched specialist", "CITY", "RECEIVING_COUNTY",
                "30 days or 12 services", "20000.00 CNY (CITY)", "io.tepai.core"), Console.cells(lines.get(2)));
        assertEquals(List.of("hpu-own", "河南理工大学本级", "HPU own", "UNIT", "DISPATCHING_UNIT", "none",
                "0.00 CNY (UNIT)", "io.tepai.plugin.hpu"), Console.cells(lines.get(3)));
    }

    @Test
    void unitsFilterByTypeAndPrintTheFooter() {
        UnitsCommand command = new UnitsCommand();
        command.units = mock(UnitService.class);
        command.type = "research-institute";
        when(command.units.search(new UnitFilter(UnitType.RESEARCH_INSTITUTE, null), new PageRequest(1, 20)))
                .thenReturn(new Page<>(List.of(new DispatchingUnit("jzaas", "焦作市农业科学院", "", UnitType.RESEARCH_INSTITUTE,
                        new Contact("王芳", "0391-1234567", ""), false, 1)), 45, 1, 20));

        List<String> lines = Console.capture(command::execute).lines();

        assertEquals(List.of("Code", "Name", "Type", "Contact", "Phone", "Sample"), Console.cells(lines.get(0)));
        assertEquals(List.of("jzaas", "焦作市农业科学院", "RESEARCH_INSTITUTE", "王芳", "0391-1234567", "no"),
                Console.cells(lines.get(2)));
        assertEquals("Page 1 of 3 (45 units)", lines.get(lines.size() - 1));
    }

    @Test
    void unknownUnitTypeListsAllowedValues() {
        UnitsCommand command = new UnitsCommand();
        command.type = "school";

        Console console = Console.capture(command::execute);

        assertEquals("Error: type: 'school' is not one of UNIVERSITY, RESEARCH_INSTITUTE, EXTENSION_INSTITUTION, OTHER",
                console.err().strip());
    }
}
