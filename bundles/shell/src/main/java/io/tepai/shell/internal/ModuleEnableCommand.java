package io.tepai.shell.internal;

import io.tepai.api.module.Module;
import io.tepai.api.module.ModuleService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "module-enable",
        description = "Switches a loaded plug-in module on for one county: its criterion counts in the county's "
                + "evaluation rounds, its incentive policy grants there, its specialists' tier may serve there. "
                + "City programme office and the county itself. Kept in the database, for every node at once, and audited.")
@Service
public class ModuleEnableCommand extends TepaiAction {

    @Reference
    ModuleService modules;

    @Option(name = "--weight", aliases = "-w",
            description = "A criterion's weight in the county, 1 to 100; without it the configured or default one")
    Integer weight;

    @Argument(index = 0, name = "county", required = true, description = "The county's code, e.g. wuzhi")
    @Completion(CountyCompleter.class)
    String county;

    @Argument(index = 1, name = "module", required = true, description = "The module's id, e.g. wuzhi-demo-bases")
    @Completion(ModuleCompleter.class)
    String module;

    @Override
    void run() {
        Module enabled = modules.enable(actor(), county, module, weight);
        Integer effective = enabled.weights().get(county.strip());
        System.out.println("Module " + enabled.id() + " is on for " + county.strip()
                + (effective == null ? "" : " (weight " + effective + ")")
                + "; on in: " + ModulesCommand.enabledIn(enabled));
    }
}
