package io.tepai.shell.internal;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.funding.Budget;
import io.tepai.api.funding.BudgetFilter;
import io.tepai.api.funding.BudgetSource;
import io.tepai.api.funding.FundingService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "budgets",
        description = "Lists the budgets of a programme year (the city's, the counties', the units' own) with what is "
                + "allocated from them, what is left to allocate and what is spent, in yuan (R-FUND-1, R-FUND-2). "
                + "A county or unit sees its own.")
@Service
public class BudgetsCommand extends TepaiAction {

    @Reference
    FundingService funding;

    @Reference
    ProgrammeCalendar calendar;

    @Option(name = "--year", aliases = "-y", description = "Programme year; the one running today if not given")
    Integer year;

    @Option(name = "--source", aliases = "-s", description = "CITY, COUNTY:<county code> or UNIT:<unit code>")
    String source;

    @Option(name = "--page", aliases = "-p", description = "Page number, from 1")
    int page = 1;

    @Option(name = "--size", aliases = "-n", description = "Budgets per page, 1 to " + PageRequest.MAX_SIZE)
    int size = PageRequest.DEFAULT_SIZE;

    @Override
    void run() {
        int years = calendar.yearOrCurrent(year);
        BudgetSource parsed = source == null ? null : BudgetSource.parse("source", source);
        Page<Budget> result = funding.budgets(actor(), new BudgetFilter(years, parsed), new PageRequest(page, size));
        Table table = new Table();
        table.column("Id").alignRight();
        table.column("Year");
        table.column("Source");
        table.column("Amount").alignRight();
        table.column("Allocated").alignRight();
        table.column("Unallocated").alignRight();
        table.column("Spent").alignRight();
        table.column("Note").maxSize(30).wrap();
        for (Budget b : result.items()) {
            table.addRow().addContent(b.id(), b.year(), b.source(), Formats.twoDecimals(b.amount()),
                    Formats.twoDecimals(b.allocated()), Formats.twoDecimals(b.unallocated()),
                    Formats.twoDecimals(b.spent()), b.note());
        }
        table.print(System.out);
        System.out.println(Formats.footer(result, "budget") + ", year " + years + ", yuan");
    }
}
