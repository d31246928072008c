package io.tepai.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * The kinds of record Tepai's own services write to the audit trail, spelled as they are recorded (the filter
 * matches exactly). Plug-ins may record others; those are typed in full.
 */
@Service
public class AuditEntityCompleter implements Completer {

    static final List<String> ENTITIES = List.of("Account", "County", "DispatchingUnit", "Specialist");

    private final StringsCompleter names = new StringsCompleter(ENTITIES);

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return names.complete(session, commandLine, candidates);
    }
}
