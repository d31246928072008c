package io.tepai.shell.internal;

import io.tepai.api.specialist.Tier;
import io.tepai.api.specialist.TierService;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Ids of the tiers registered now; asked for anew because plug-ins add and remove tiers at runtime. */
@Service
public class TierCompleter implements Completer {

    @Reference
    TierService tiers;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> ids = tiers.list().stream().map(Tier::id).toList();
        return new StringsCompleter(ids).complete(session, commandLine, candidates);
    }
}
