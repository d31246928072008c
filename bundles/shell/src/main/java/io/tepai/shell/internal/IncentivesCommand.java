package io.tepai.shell.internal;

import io.tepai.api.Page;
import io.tepai.api.incentive.IncentiveFilter;
import io.tepai.api.incentive.IncentiveGrant;
import io.tepai.api.incentive.IncentiveService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "incentives",
        description = "Lists the incentives granted when evaluation rounds were published (R-INC-1, R-INC-2), by "
                + "built-in and county policies, one page at a time; all given filters must match.")
@Service
public class IncentivesCommand extends PagedListCommand<IncentiveGrant> {

    /** How much of a grant's description fits a table row. */
    static final int DESCRIPTION_WIDTH = 30;

    @Reference
    IncentiveService incentives;

    @Option(name = "--year", aliases = "-y", description = "Programme year evaluated")
    Integer year;

    @Option(name = "--round", aliases = "-r", description = "The round's numeric id")
    Long round;

    @Option(name = "--county", aliases = "-c", description = "Code of the subjects' county, e.g. xiuwu")
    @Completion(CountyCompleter.class)
    String county;

    @Option(name = "--unit", aliases = "-u", description = "Code of the subjects' dispatching unit, e.g. hpu")
    @Completion(UnitCompleter.class)
    String unit;

    @Option(name = "--policy", description = "The granting policy's id, e.g. green-channel")
    String policy;

    @Override
    Page<IncentiveGrant> fetch() {
        IncentiveFilter filter = new IncentiveFilter(year, round, county, unit,
                policy == null || policy.isBlank() ? null : policy.strip());
        return incentives.search(actor(), filter, pageRequest());
    }

    @Override
    void columns(Table table) {
        table.column("Id").alignRight();
        table.column("Year");
        table.column("Round").alignRight();
        table.column("Subject");
        table.column("County");
        table.column("Unit");
        table.column("Grade");
        table.column("Policy");
        table.column("Kind");
        table.column("Amount (CNY)").alignRight();
        table.column("Description");
    }

    @Override
    Object[] cells(IncentiveGrant g) {
        return new Object[] {g.id(), g.year(), g.roundId(), Evaluations.subject(g.subject()),
                Formats.text(g.subject().county()), Formats.text(g.subject().unit()), Evaluations.grade(g.grade()),
                g.policyId(), g.kind(), Formats.twoDecimals(g.amountCny()),
                Formats.oneLine(g.description(), DESCRIPTION_WIDTH)};
    }

    @Override
    String noun() {
        return "incentive";
    }
}
