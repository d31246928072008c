package io.tepai.shell.internal;

import io.tepai.api.org.County;
import io.tepai.api.org.CountyService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "counties", description = "Lists Jiaozuo's counties and their leading industries.")
@Service
public class CountiesCommand extends TepaiAction {

    @Reference
    CountyService counties;

    @Override
    void run() {
        Table table = new Table();
        table.column("Code");
        table.column("Name");
        table.column("Division code");
        table.column("Leading industries").maxSize(60).wrap();
        table.column("Version").alignRight();
        for (County county : counties.list()) {
            table.addRow().addContent(county.code(), county.nameZh(), county.divisionCode(),
                    Formats.zhList(county.leadingIndustries()), county.version());
        }
        table.print(System.out);
    }
}
