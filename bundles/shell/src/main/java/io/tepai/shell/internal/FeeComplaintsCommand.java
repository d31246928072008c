package io.tepai.shell.internal;

import io.tepai.api.Page;
import io.tepai.api.funding.FeeComplaint;
import io.tepai.api.funding.FeeComplaintService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "fee-complaints",
        description = "Lists the complaints counties filed about fees charged to recipients (R-FUND-4), newest first, "
                + "in yuan. The city office and the auditor see all, a county its own.")
@Service
public class FeeComplaintsCommand extends PagedListCommand<FeeComplaint> {

    @Reference
    FeeComplaintService complaints;

    @Option(name = "--year", aliases = "-y", description = "Only complaints of this programme year")
    Integer year;

    @Option(name = "--county", aliases = "-c", description = "Only complaints this county filed, e.g. wuzhi")
    @Completion(CountyCompleter.class)
    String county;

    @Override
    Page<FeeComplaint> fetch() {
        return complaints.complaints(actor(), year, county, pageRequest());
    }

    @Override
    void columns(Table table) {
        table.column("Id").alignRight();
        table.column("Year").alignRight();
        table.column("County");
        table.column("Specialist");
        table.column("Allocation").alignRight();
        table.column("Charged").alignRight();
        table.column("Note").maxSize(40).wrap();
        table.column("Filed by");
        table.column("Filed");
    }

    @Override
    Object[] cells(FeeComplaint c) {
        return new Object[] {c.id(), c.year(), c.county(),
                c.specialistId() == null ? "" : Formats.named(c.specialistId(), c.specialistName()),
                c.allocationId() == null ? "" : c.allocationId(), Formats.twoDecimals(c.charged()), c.note(),
                c.filedBy(), Formats.instant(c.filedAt())};
    }

    @Override
    String noun() {
        return "complaint";
    }
}
