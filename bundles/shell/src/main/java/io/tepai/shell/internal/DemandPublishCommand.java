package io.tepai.shell.internal;

import io.tepai.api.demand.DemandService;
import io.tepai.api.demand.PublishedTable;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "demand-publish",
        description = "Publishes a county's technology demand table of a programme year (R-DEM-1): every draft in it "
                + "becomes readable by anyone, and experts may pick it. The city programme office and the county.")
@Service
public class DemandPublishCommand extends TepaiAction {

    @Reference
    DemandService demands;

    @Argument(name = "county", description = "Code of the county; a county account may leave it out (its own)")
    @Completion(CountyCompleter.class)
    String county;

    @Option(name = "--year", aliases = "-y", description = "Programme year; the current one if not given")
    Integer year;

    @Override
    void run() {
        PublishedTable table = demands.publish(actor(), county, year);
        System.out.println("Demand table of " + table.county() + " " + table.year() + " published: "
                + table.published() + " new, " + table.total() + " in the table");
    }
}
