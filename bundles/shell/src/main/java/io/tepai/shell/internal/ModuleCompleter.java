package io.tepai.shell.internal;

import io.tepai.api.module.Module;
import io.tepai.api.module.ModuleService;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Module ids, loaded or still switched on somewhere; asked for anew because plug-ins come and go at runtime. */
@Service
public class ModuleCompleter implements Completer {

    @Reference
    ModuleService modules;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> ids = modules.list().stream().map(Module::id).toList();
        return new StringsCompleter(ids).complete(session, commandLine, candidates);
    }
}
