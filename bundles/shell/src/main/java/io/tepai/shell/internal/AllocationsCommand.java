package io.tepai.shell.internal;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.funding.Allocation;
import io.tepai.api.funding.AllocationFilter;
import io.tepai.api.funding.FundingService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "allocations",
        description = "Lists the allocations of a programme year from the budgets to teams and specialists, with what "
                + "each has spent and has left, in yuan; all given filters must match. A county sees what is spent in "
                + "it, a unit its own people and teams, a specialist their own.")
@Service
public class AllocationsCommand extends TepaiAction {

    @Reference
    FundingService funding;

    @Reference
    ProgrammeCalendar calendar;

    @Option(name = "--year", aliases = "-y", description = "Programme year; the one running today if not given")
    Integer year;

    @Option(name = "--budget", aliases = "-b", description = "The budget's numeric id")
    @Completion(BudgetCompleter.class)
    Long budget;

    @Option(name = "--team", aliases = "-t", description = "The team's numeric id")
    @Completion(TeamCompleter.class)
    Long team;

    @Option(name = "--specialist", aliases = "-i", description = "The specialist's numeric id")
    Long specialist;

    @Option(name = "--county", aliases = "-c", description = "Code of the county the money is spent in, e.g. wuzhi")
    @Completion(CountyCompleter.class)
    String county;

    @Option(name = "--unit", aliases = "-u", description = "Code of the dispatching unit, e.g. hpu")
    @Completion(UnitCompleter.class)
    String unit;

    @Option(name = "--page", aliases = "-p", description = "Page number, from 1")
    int page = 1;

    @Option(name = "--size", aliases = "-n", description = "Allocations per page, 1 to " + PageRequest.MAX_SIZE)
    int size = PageRequest.DEFAULT_SIZE;

    @Override
    void run() {
        int years = calendar.yearOrCurrent(year);
        Page<Allocation> result = funding.allocations(actor(),
                new AllocationFilter(years, budget, team, specialist, county, unit), new PageRequest(page, size));
        Table table = new Table();
        table.column("Id").alignRight();
        table.column("Budget").alignRight();
        table.column("Source");
        table.column("Recipient");
        table.column("Unit");
        table.column("County");
        table.column("Amount").alignRight();
        table.column("Spent").alignRight();
        table.column("Remaining").alignRight();
        table.column("Exception").maxSize(30).wrap();
        for (Allocation a : result.items()) {
            String recipient = a.teamId() != null ? "team " + Formats.named(a.teamId(), a.recipientName())
                    : Formats.named(a.specialistId(), a.recipientName());
            table.addRow().addContent(a.id(), a.budgetId(), a.source(), recipient, a.unit(),
                    a.county() == null ? "" : a.county(), Formats.twoDecimals(a.amount()),
                    Formats.twoDecimals(a.spent()), Formats.twoDecimals(a.remaining()), a.exceptionReason());
        }
        table.print(System.out);
        System.out.println(Formats.footer(result, "allocation") + ", year " + years + ", yuan");
    }
}
