package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.module.Module;
import io.tepai.api.module.ModuleKind;
import io.tepai.api.module.ModuleOwner;
import io.tepai.api.module.ModuleService;
import io.tepai.api.org.County;
import io.tepai.api.org.CountyService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.karaf.shell.api.console.CommandLine;
import org.junit.jupiter.api.Test;

/** tepai:modules, tepai:module-enable and tepai:module-disable. */
class ModuleCommandsTest {

    private static final Subject WUZHI = SignedIn.subject("wuzhi", "county", "county:wuzhi", "ssh");
    private static final Actor WUZHI_ACTOR = SignedIn.actor("wuzhi", "county", "county:wuzhi", "ssh");

    private static final Module DEMO_BASES = new Module("wuzhi-demo-bases", ModuleKind.CRITERION, "示范基地建设",
            "Demonstration bases built", "io.tepai.plugin.wuzhi 0.1.0", new ModuleOwner("wuzhi", null, true), true, Set.of("xiuwu", "wuzhi"),
            Map.of("wuzhi", 15, "xiuwu", 10));
    private static final Module HPU_TIER = new Module("hpu-own", ModuleKind.TIER, "河南理工大学本级", "HPU own",
            "io.tepai.plugin.hpu 0.1.0", new ModuleOwner(null, "hpu", false), true, Set.of(), Map.of());
    private static final Module GONE = new Module("old-bonus", null, null, null, null, null, false, Set.of("boai"),
            Map.of());

    private final ModuleService service = mock(ModuleService.class);

    @Test
    void modulesListsEachWithItsOwnerBundleAndTheCountiesThatSwitchedItOn() {
        ModulesCommand command = new ModulesCommand();
        command.modules = service;
        when(service.list()).thenReturn(List.of(HPU_TIER, GONE, DEMO_BASES));

        List<String> lines = Console.capture(command::execute).lines();

        assertEquals(List.of("Module", "Kind", "Name", "Owner", "Bundle", "Enabled in"),
                Console.cells(lines.get(0)));
        assertEquals(List.of("hpu-own", "TIER", "河南理工大学本级", "unit hpu", "io.tepai.plugin.hpu 0.1.0", "(none)"),
                Console.cells(lines.get(2)));
        assertEquals(List.of("old-bonus", "", "", "", "(not loaded)", "boai"), Console.cells(lines.get(3)));
        assertEquals(List.of("wuzhi-demo-bases", "CRITERION", "示范基地建设", "county wuzhi, shared",
                "io.tepai.plugin.wuzhi 0.1.0", "wuzhi (weight 15), xiuwu (weight 10)"), Console.cells(lines.get(4)));
    }

    @Test
    void modulesForOneCountyShowOnOrOffAndTheWeightThere() {
        ModulesCommand command = new ModulesCommand();
        command.modules = service;
        command.counties = mock(CountyService.class);
        command.county = "wuzhi";
        when(command.counties.get("wuzhi")).thenReturn(new County("wuzhi", "武陟县", "Wuzhi County", "410823",
                List.of(), 1));
        when(service.list()).thenReturn(List.of(HPU_TIER, DEMO_BASES));

        List<String> lines = Console.capture(command::execute).lines();

        assertEquals(List.of("Module", "Kind", "Name", "Owner", "Bundle", "In wuzhi", "Weight"),
                Console.cells(lines.get(0)));
        assertEquals("off", Console.cells(lines.get(2)).get(5));
        assertEquals(List.of("on", "15"), Console.cells(lines.get(3)).subList(5, 7));
    }

    @Test
    void modulesForAnUnknownCountyIsOneErrorLine() {
        ModulesCommand command = new ModulesCommand();
        command.modules = service;
        command.counties = mock(CountyService.class);
        command.county = "beijing";
        when(command.counties.get("beijing")).thenThrow(new NotFoundException("County", "beijing"));

        Console console = Console.capture(command::execute);

        assertEquals("Error: County 'beijing' does not exist", console.err().strip());
        assertEquals("", console.out());
    }

    @Test
    void enableSwitchesOnAsTheSignedInUserWithTheWeight() {
        ModuleEnableCommand command = new ModuleEnableCommand();
        command.modules = service;
        command.county = "wuzhi";
        command.module = "wuzhi-demo-bases";
        command.weight = 15;
        when(service.enable(WUZHI_ACTOR, "wuzhi", "wuzhi-demo-bases", 15)).thenReturn(DEMO_BASES);

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("", console.err());
        assertEquals("Module wuzhi-demo-bases is on for wuzhi (weight 15); on in: wuzhi (weight 15), xiuwu "
                + "(weight 10)", console.out().strip());
        verify(service).enable(WUZHI_ACTOR, "wuzhi", "wuzhi-demo-bases", 15);
    }

    @Test
    void enableForAnotherCountyIsRefusedOnOneLine() {
        ModuleEnableCommand command = new ModuleEnableCommand();
        command.modules = service;
        command.county = "xiuwu";
        command.module = "wuzhi-demo-bases";
        when(service.enable(any(), anyString(), anyString(), any())).thenThrow(new ForbiddenException("county:xiuwu",
                "Only the city office or county 'xiuwu' may switch modules on or off for county 'xiuwu'"));

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("Error: Only the city office or county 'xiuwu' may switch modules on or off for county 'xiuwu'"
                + " (needs county:xiuwu)", console.err().strip());
        assertEquals("", console.out());
    }

    @Test
    void enableWithoutSignInChangesNothing() {
        ModuleEnableCommand command = new ModuleEnableCommand();
        command.modules = service;
        command.county = "wuzhi";
        command.module = "hpu-own";

        Console console = Console.capture(command::execute);

        assertEquals("Error: sign in to use this command", console.err().strip());
        verifyNoInteractions(service);
    }

    @Test
    void disableSwitchesOffAndSaysWhereItIsStillOn() {
        ModuleDisableCommand command = new ModuleDisableCommand();
        command.modules = service;
        command.county = "boai";
        command.module = "old-bonus";
        Actor city = SignedIn.actor("office", "city", "ssh");
        when(service.disable(city, "boai", "old-bonus")).thenReturn(new Module("old-bonus", null, null, null, null,
                null, false, Set.of(), Map.of()));

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("Module old-bonus is off for boai; on in: (none)", console.out().strip());
    }

    @Test
    void theModuleCompleterOffersEveryListedModule() {
        ModuleCompleter completer = new ModuleCompleter();
        completer.modules = service;
        when(service.list()).thenReturn(List.of(HPU_TIER, GONE, DEMO_BASES));
        CommandLine line = mock(CommandLine.class);
        when(line.getCursorArgument()).thenReturn("");
        when(line.getArgumentPosition()).thenReturn(0);
        when(line.getArguments()).thenReturn(new String[] {"tepai:module-enable", "wuzhi", ""});
        when(line.getCursorArgumentIndex()).thenReturn(2);
        List<String> candidates = new ArrayList<>();

        completer.complete(null, line, candidates);

        assertEquals(List.of("hpu-own ", "old-bonus ", "wuzhi-demo-bases "), candidates.stream().sorted().toList());
    }
}
