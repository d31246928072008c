package io.tepai.shell.internal;

import io.tepai.api.Page;
import io.tepai.api.ValidationException;
import io.tepai.api.field.LogFilter;
import io.tepai.api.field.LogStatus;
import io.tepai.api.field.ServiceLog;
import io.tepai.api.field.ServiceLogService;
import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "logs",
        description = "Lists service logs (服务日志) of specialists in the field, one page at a time; all given "
                + "filters must match. Only CONFIRMED logs count towards progress.")
@Service
public class LogsCommand extends PagedListCommand<ServiceLog> {

    /** How much of a log's description fits a table row; tepai:log shows all of it. */
    static final int DESCRIPTION_WIDTH = 30;

    @Reference
    ServiceLogService logs;

    @Option(name = "--specialist", aliases = "-i", description = "The specialist's numeric id")
    Long specialist;

    @Option(name = "--county", aliases = "-c", description = "Code of the county served, e.g. wuzhi")
    @Completion(CountyCompleter.class)
    String county;

    @Option(name = "--unit", aliases = "-u", description = "Code of the specialist's dispatching unit, e.g. hpu")
    @Completion(UnitCompleter.class)
    String unit;

    @Option(name = "--status", aliases = "-s", description = "DRAFT, SUBMITTED, RETURNED or CONFIRMED")
    @Completion(LogStatusCompleter.class)
    String status;

    @Option(name = "--from", description = "Logs ending on or after this day, e.g. 2026-03-01")
    String from;

    @Option(name = "--to", description = "Logs starting on or before this day (inclusive), e.g. 2026-03-31")
    String to;

    @Override
    Page<ServiceLog> fetch() {
        LocalDate since = parseDay("from", from);
        LocalDate until = parseDay("to", to);
        if (since != null && until != null && until.isBefore(since)) {
            throw ValidationException.of("to", "must not be before --from");
        }
        LogFilter filter = new LogFilter(specialist, county, unit, null, parseEnum(LogStatus.class, "status", status),
                since, until);
        return logs.search(actor(), filter, pageRequest());
    }

    @Override
    void columns(Table table) {
        table.column("Id").alignRight();
        table.column("Dates");
        table.column("Specialist");
        table.column("County");
        table.column("Field days").alignRight();
        table.column("Kind");
        table.column("Status");
        table.column("Satisfaction");
        table.column("Description");
    }

    @Override
    Object[] cells(ServiceLog l) {
        return new Object[] {l.id(), Formats.days(l.startDate(), l.endDate()),
                Formats.named(l.specialistId(), l.specialistName()), l.county(), Formats.number(l.fieldDays()),
                l.kind(), l.status(), Formats.rating(l.satisfaction()),
                Formats.oneLine(l.description(), DESCRIPTION_WIDTH)};
    }

    @Override
    String noun() {
        return "log";
    }
}
