package io.tepai.shell.internal;

import io.tepai.api.org.County;
import io.tepai.api.org.CountyService;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** County codes, asked for anew on every completion as there are only a handful. */
@Service
public class CountyCompleter implements Completer {

    @Reference
    CountyService counties;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> codes = counties.list().stream().map(County::code).toList();
        return new StringsCompleter(codes).complete(session, commandLine, candidates);
    }
}
