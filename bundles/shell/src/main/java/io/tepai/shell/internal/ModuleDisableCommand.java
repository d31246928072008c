package io.tepai.shell.internal;

import io.tepai.api.module.Module;
import io.tepai.api.module.ModuleService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "module-disable",
        description = "Switches a plug-in module off for one county, also when its bundle is gone. City programme "
                + "office and the county itself. Kept in the database, for every node at once, and audited.")
@Service
public class ModuleDisableCommand extends TepaiAction {

    @Reference
    ModuleService modules;

    @Argument(index = 0, name = "county", required = true, description = "The county's code, e.g. wuzhi")
    @Completion(CountyCompleter.class)
    String county;

    @Argument(index = 1, name = "module", required = true, description = "The module's id, e.g. wuzhi-demo-bases")
    @Completion(ModuleCompleter.class)
    String module;

    @Override
    void run() {
        Module disabled = modules.disable(actor(), county, module);
        System.out.println("Module " + disabled.id() + " is off for " + county.strip() + "; on in: "
                + ModulesCommand.enabledIn(disabled));
    }
}
