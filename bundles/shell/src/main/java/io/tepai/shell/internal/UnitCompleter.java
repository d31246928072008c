package io.tepai.shell.internal;

import io.tepai.api.PageRequest;
import io.tepai.api.org.DispatchingUnit;
import io.tepai.api.org.UnitFilter;
import io.tepai.api.org.UnitService;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Unit codes; only the first {@value PageRequest#MAX_SIZE}, the most one request may ask for. */
@Service
public class UnitCompleter implements Completer {

    @Reference
    UnitService units;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> codes = units.search(UnitFilter.ALL, new PageRequest(1, PageRequest.MAX_SIZE)).items()
                .stream().map(DispatchingUnit::code).toList();
        return new StringsCompleter(codes).complete(session, commandLine, candidates);
    }
}
