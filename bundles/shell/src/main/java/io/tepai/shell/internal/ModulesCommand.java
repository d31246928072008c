package io.tepai.shell.internal;

import io.tepai.api.module.Module;
import io.tepai.api.module.ModuleService;
import io.tepai.api.org.CountyService;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "modules",
        description = "Lists the plug-in modules (county criteria, incentive policies, plug-in tiers): whose each is, "
                + "which bundle provides it and the counties that switched it on, with a criterion's weight there.")
@Service
public class ModulesCommand extends TepaiAction {

    /** What the bundle column says of a module whose bundle is gone but which some county still has on. */
    static final String NOT_LOADED = "(not loaded)";

    @Reference
    ModuleService modules;

    @Reference
    CountyService counties;

    @Option(name = "--county", aliases = "-c", description = "Show whether each module is on or off in this county")
    @Completion(CountyCompleter.class)
    String county;

    @Override
    void run() {
        if (county != null) {
            runForCounty(counties.get(county.strip()).code());
            return;
        }
        Table table = new Table();
        table.column("Module");
        table.column("Kind");
        table.column("Name");
        table.column("Owner");
        table.column("Bundle");
        table.column("Enabled in").maxSize(60).wrap();
        for (Module module : modules.list()) {
            table.addRow().addContent(module.id(), kind(module), name(module), owner(module), bundle(module),
                    enabledIn(module));
        }
        table.print(System.out);
    }

    private void runForCounty(String code) {
        Table table = new Table();
        table.column("Module");
        table.column("Kind");
        table.column("Name");
        table.column("Owner");
        table.column("Bundle");
        table.column("In " + code);
        table.column("Weight").alignRight();
        for (Module module : modules.list()) {
            boolean on = module.enabledCounties().contains(code);
            Integer weight = module.weights().get(code);
            table.addRow().addContent(module.id(), kind(module), name(module), owner(module), bundle(module),
                    on ? "on" : "off",
                    on && weight != null ? weight.toString() : "");
        }
        table.print(System.out);
    }

    private static String kind(Module module) {
        return module.kind() == null ? "" : module.kind().name();
    }

    private static String name(Module module) {
        return module.nameZh() == null ? "" : module.nameZh();
    }

    /** "county wuzhi", "unit hpu, shared", "(none)"; empty while not loaded, when nobody says whose it is. */
    static String owner(Module module) {
        return module.owner() == null ? "" : module.owner().describe();
    }

    private static String bundle(Module module) {
        return module.loaded() ? Formats.text(module.bundle()) : NOT_LOADED;
    }

    /** E.g. "wuzhi (weight 15), xiuwu (weight 10)" for a criterion, "wuzhi" for others, "(none)" when off everywhere. */
    static String enabledIn(Module module) {
        if (module.enabledCounties().isEmpty()) {
            return Formats.NONE;
        }
        return module.enabledCounties().stream().sorted().map(c -> {
            Integer weight = module.weights().get(c);
            return weight == null ? c : c + " (weight " + weight + ")";
        }).collect(Collectors.joining(", "));
    }
}
