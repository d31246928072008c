package io.tepai.shell.internal;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.org.DispatchingUnit;
import io.tepai.api.org.UnitFilter;
import io.tepai.api.org.UnitService;
import io.tepai.api.org.UnitType;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "units", description = "Lists dispatching units (派出单位), one page at a time.")
@Service
public class UnitsCommand extends TepaiAction {

    @Reference
    UnitService units;

    @Option(name = "--type", aliases = "-t", description = "Only units of this type, e.g. UNIVERSITY")
    @Completion(UnitTypeCompleter.class)
    String type;

    @Option(name = "--text", aliases = "-q", description = "Text to find in the unit's code or names")
    String text;

    @Option(name = "--page", aliases = "-p", description = "Page number, from 1")
    int page = 1;

    @Option(name = "--size", aliases = "-n", description = "Units per page, 1 to " + PageRequest.MAX_SIZE)
    int size = PageRequest.DEFAULT_SIZE;

    @Override
    void run() {
        UnitFilter filter = new UnitFilter(parseEnum(UnitType.class, "type", type), text);
        Page<DispatchingUnit> result = units.search(filter, new PageRequest(page, size));
        Table table = new Table();
        table.column("Code");
        table.column("Name");
        table.column("Type");
        table.column("Contact");
        table.column("Phone");
        table.column("Sample");
        for (DispatchingUnit unit : result.items()) {
            table.addRow().addContent(unit.code(), unit.nameZh(), unit.type(), unit.contact().name(),
                    unit.contact().phone(), Formats.yesNo(unit.sample()));
        }
        table.print(System.out);
        System.out.println(Formats.footer(result, "unit"));
    }
}
