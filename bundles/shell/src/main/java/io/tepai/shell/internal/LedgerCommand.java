package io.tepai.shell.internal;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.funding.FundingService;
import io.tepai.api.funding.LedgerGroup;
import io.tepai.api.funding.LedgerLine;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "ledger",
        description = "The funding ledger of a programme year: budgeted, committed (a county's own incentive "
                + "money), allocated, disbursed, spent and remaining, and what was spent on each category of "
                + "R-FUND-3, in yuan, one line per budget (default), team, specialist, county or unit.")
@Service
public class LedgerCommand extends TepaiAction {

    @Reference
    FundingService funding;

    @Reference
    ProgrammeCalendar calendar;

    @Argument(name = "by", description = "budget, team, specialist, county or unit")
    @Completion(LedgerGroupCompleter.class)
    String by;

    @Option(name = "--year", aliases = "-y", description = "Programme year; the one running today if not given")
    Integer year;

    @Option(name = "--page", aliases = "-p", description = "Page number, from 1")
    int page = 1;

    @Option(name = "--size", aliases = "-n", description = "Lines per page, 1 to " + PageRequest.MAX_SIZE)
    int size = PageRequest.DEFAULT_SIZE;

    @Override
    void run() {
        LedgerGroup group = parseEnum(LedgerGroup.class, "by", by);
        int years = calendar.yearOrCurrent(year);
        Page<LedgerLine> result = funding.ledger(actor(), years, group, new PageRequest(page, size));
        Table table = new Table();
        table.column("Key");
        table.column("Name");
        table.column("Budgeted").alignRight();
        table.column("Committed").alignRight();
        table.column("Allocated").alignRight();
        table.column("Disbursed").alignRight();
        table.column("Spent").alignRight();
        table.column("Remaining").alignRight();
        table.column("By category").maxSize(50).wrap();
        for (LedgerLine line : result.items()) {
            String categories = line.byCategory().entrySet().stream()
                    .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + Formats.twoDecimals(e.getValue()))
                    .collect(Collectors.joining(", "));
            table.addRow().addContent(line.key(), line.name(), Formats.twoDecimals(line.budgeted()),
                    Formats.twoDecimals(line.committed()), Formats.twoDecimals(line.allocated()),
                    Formats.twoDecimals(line.disbursed()), Formats.twoDecimals(line.spent()),
                    Formats.twoDecimals(line.remaining()), categories);
        }
        table.print(System.out);
        System.out.println(Formats.footer(result, "line") + ", year " + years + ", by "
                + (group == null ? LedgerGroup.BUDGET : group).name().toLowerCase(Locale.ROOT) + ", yuan");
    }
}
