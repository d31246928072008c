package io.tepai.shell.internal;

import io.tepai.api.Page;
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
public class UnitsCommand extends PagedListCommand<DispatchingUnit> {

    @Reference
    UnitService units;

    @Option(name = "--type", aliases = "-t", description = "Only units of this type, e.g. UNIVERSITY")
    @Completion(UnitTypeCompleter.class)
    String type;

    @Option(name = "--text", aliases = "-q", description = "Text to find in the unit's code or names")
    String text;

    @Override
    Page<DispatchingUnit> fetch() {
        UnitFilter filter = new UnitFilter(parseEnum(UnitType.class, "type", type), text);
        return units.search(filter, pageRequest());
    }

    @Override
    void columns(Table table) {
        table.column("Code");
        table.column("Name");
        table.column("Type");
        table.column("Contact");
        table.column("Phone");
        table.column("Sample");
    }

    @Override
    Object[] cells(DispatchingUnit unit) {
        return new Object[] {unit.code(), unit.nameZh(), unit.type(), unit.contact().name(),
                unit.contact().phone(), Formats.yesNo(unit.sample())};
    }

    @Override
    String noun() {
        return "unit";
    }
}
