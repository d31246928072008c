package io.tepai.shell.internal;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.funding.InsuranceService;
import io.tepai.api.funding.UninsuredSpecialist;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "uninsured",
        description = "Lists the appointed specialists without personal accident insurance in force today (R-FUND-5), "
                + "so that their units buy it. A county sees those dispatched to it this year, a unit its own.")
@Service
public class UninsuredCommand extends TepaiAction {

    @Reference
    InsuranceService insurance;

    @Option(name = "--county", aliases = "-c", description = "Only those dispatched to this county this year")
    @Completion(CountyCompleter.class)
    String county;

    @Option(name = "--page", aliases = "-p", description = "Page number, from 1")
    int page = 1;

    @Option(name = "--size", aliases = "-n", description = "Specialists per page, 1 to " + PageRequest.MAX_SIZE)
    int size = PageRequest.DEFAULT_SIZE;

    @Override
    void run() {
        Page<UninsuredSpecialist> result = insurance.uninsured(actor(), county, new PageRequest(page, size));
        Table table = new Table();
        table.column("Id").alignRight();
        table.column("Name");
        table.column("Unit");
        table.column("Tier");
        for (UninsuredSpecialist s : result.items()) {
            table.addRow().addContent(s.id(), s.name(), s.unit(), s.tierId());
        }
        table.print(System.out);
        System.out.println(Formats.footer(result, "specialist") + " without cover today");
    }
}
