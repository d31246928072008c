package io.tepai.shell.internal;

import io.tepai.api.Page;
import io.tepai.api.demand.Demand;
import io.tepai.api.demand.DemandFilter;
import io.tepai.api.demand.DemandService;
import io.tepai.api.demand.DemandStatus;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "demands",
        description = "Lists the counties' technology demands of a programme year (R-DEM-1), newest first, one page at "
                + "a time: published ones, and a county's own drafts to that county (all to the city office and the "
                + "auditor). The contact's phone shows to units, specialists, the county itself, the city office "
                + "and the auditor.")
@Service
public class DemandsCommand extends PagedListCommand<Demand> {

    /** How much of a demand's need fits a table row; tepai:demand shows all of it. */
    static final int NEED_WIDTH = 24;

    @Reference
    DemandService demands;

    @Option(name = "--county", aliases = "-c", description = "Code of the county, e.g. wenxian")
    @Completion(CountyCompleter.class)
    String county;

    @Option(name = "--industry", aliases = "-i", description = "A leading industry as the county names it, e.g. 四大怀药")
    String industry;

    @Option(name = "--status", aliases = "-s", description = "DRAFT, PUBLISHED, MATCHED, SERVED or WITHDRAWN")
    @Completion(DemandStatusCompleter.class)
    String status;

    @Option(name = "--year", aliases = "-y", description = "Programme year; the current one if not given")
    Integer year;

    @Override
    Page<Demand> fetch() {
        DemandFilter filter = new DemandFilter(county, industry, parseEnum(DemandStatus.class, "status", status), year);
        return demands.search(actor(), filter, pageRequest());
    }

    @Override
    void columns(Table table) {
        table.column("Id").alignRight();
        table.column("County");
        table.column("Industry");
        table.column("Recipient");
        table.column("Need");
        table.column("Contact");
        table.column("Phone");
        table.column("Status");
        table.column("Candidates").alignRight();
        table.column("Matched");
    }

    @Override
    Object[] cells(Demand d) {
        return new Object[] {d.id(), d.county(), d.industry(), Formats.text(d.recipientName()),
                Formats.oneLine(d.need(), NEED_WIDTH), Formats.text(d.contactName()), Formats.text(d.contactPhone()),
                d.status(), d.candidates(), d.specialistId() == null ? "" : Formats.named(d.specialistId(),
                d.specialistName())};
    }

    @Override
    String noun() {
        return "demand";
    }
}
