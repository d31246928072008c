package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.tepai.api.Contact;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.org.DispatchingUnit;
import io.tepai.api.org.UnitFilter;
import io.tepai.api.org.UnitService;
import io.tepai.api.org.UnitType;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.junit.jupiter.api.Test;

class CompletersTest {

    @Test
    void statusCompletesEnumNames() {
        assertEquals(List.of("CANDIDATE "), complete(new StatusCompleter(), "CA"));
        assertEquals(List.of("ACTIVE ", "CANDIDATE ", "EXITED "), complete(new StatusCompleter(), ""));
    }

    @Test
    void unitTypeCompletesEnumNames() {
        assertEquals(List.of("RESEARCH_INSTITUTE "), complete(new UnitTypeCompleter(), "R"));
    }

    @Test
    void unitCodesComeFromTheLargestPageAllowed() {
        UnitCompleter completer = new UnitCompleter();
        completer.units = mock(UnitService.class);
        when(completer.units.search(UnitFilter.ALL, new PageRequest(1, PageRequest.MAX_SIZE))).thenReturn(new Page<>(
                List.of(unit("hpu"), unit("hnnd"), unit("jzaas")), 3, 1, PageRequest.MAX_SIZE));

        assertEquals(List.of("hnnd ", "hpu "), complete(completer, "h"));
    }

    private static DispatchingUnit unit(String code) {
        return new DispatchingUnit(code, code, "", UnitType.UNIVERSITY, Contact.NONE, false, 1);
    }

    private static List<String> complete(Completer completer, String typed) {
        CommandLine line = mock(CommandLine.class);
        when(line.getCursorArgument()).thenReturn(typed);
        when(line.getArgumentPosition()).thenReturn(typed.length());
        List<String> candidates = new ArrayList<>();
        completer.complete(null, line, candidates);
        return candidates;
    }
}
