package io.tepai.shell.internal;

import io.tepai.api.Page;
import io.tepai.api.field.CoordinationRequest;
import io.tepai.api.field.Holder;
import io.tepai.api.field.RequestFilter;
import io.tepai.api.field.RequestService;
import io.tepai.api.field.RequestStatus;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "requests",
        description = "Lists specialists' coordination requests (R-ESC-1) with who holds each now, one page at a "
                + "time; all given filters must match. Times are UTC.")
@Service
public class RequestsCommand extends PagedListCommand<CoordinationRequest> {

    /** How much of a request's problem fits a table row; tepai:request shows all of it. */
    static final int PROBLEM_WIDTH = 30;

    @Reference
    RequestService requests;

    @Option(name = "--specialist", aliases = "-i", description = "The requesting specialist's numeric id")
    Long specialist;

    @Option(name = "--county", aliases = "-c", description = "Code of the county the request is about, e.g. wuzhi")
    @Completion(CountyCompleter.class)
    String county;

    @Option(name = "--status", aliases = "-s", description = "OPEN, ASSIGNED, ESCALATED, RESOLVED or CLOSED")
    @Completion(RequestStatusCompleter.class)
    String status;

    @Option(name = "--holder", description = "Who must act now: team:<id>, unit:<code> or city")
    String holder;

    @Option(name = "--overdue", aliases = "-o", description = "Only open requests held longer than allowed")
    boolean overdue;

    @Override
    Page<CoordinationRequest> fetch() {
        RequestFilter filter = new RequestFilter(specialist, county, parseEnum(RequestStatus.class, "status", status),
                Holder.parse(holder), overdue ? Boolean.TRUE : null);
        return requests.search(filter, pageRequest());
    }

    @Override
    void columns(Table table) {
        table.column("Id").alignRight();
        table.column("Raised");
        table.column("Specialist");
        table.column("County");
        table.column("Urgency");
        table.column("Status");
        table.column("Holder");
        table.column("Overdue");
        table.column("Problem");
    }

    @Override
    Object[] cells(CoordinationRequest r) {
        return new Object[] {r.id(), Formats.instantOrEmpty(r.raisedAt()),
                Formats.named(r.specialistId(), r.specialistName()), r.county(), r.urgency(), r.status(),
                Formats.text(r.holder()), r.overdue() ? "yes" : "", Formats.oneLine(r.problem(), PROBLEM_WIDTH)};
    }

    @Override
    String noun() {
        return "request";
    }
}
