package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.ValidationException;
import io.tepai.api.audit.AuditFilter;
import io.tepai.api.audit.AuditRecord;
import io.tepai.api.audit.AuditService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "audit",
        description = "Lists the audit trail, newest first, one page at a time; all given filters must match. "
                + "Times are UTC. City programme office and auditor only.")
@Service
public class AuditCommand extends PagedListCommand<AuditRecord> {

    @Reference
    AuditService audit;

    @Option(name = "--entity", aliases = "-e",
            description = "Kind of record, spelled exactly as recorded: Specialist, DispatchingUnit, County, "
                    + "Account")
    @Completion(AuditEntityCompleter.class)
    String entity;

    @Option(name = "--id", aliases = "-i",
            description = "The record's id as recorded: specialist id, unit or county code, username")
    String id;

    @Option(name = "--actor", aliases = "-a", description = "Who made the change: a username, or system:<what>")
    @Completion(AccountCompleter.class)
    String actor;

    @Option(name = "--from",
            description = "From this UTC day on (inclusive), e.g. 2026-11-01, or from an instant such as "
                    + "2026-11-01T08:00:00Z")
    String from;

    @Option(name = "--to",
            description = "Up to this UTC day (exclusive), e.g. 2026-12-01 for all of November, or an instant")
    String to;

    @Override
    Page<AuditRecord> fetch() {
        Actor signedIn = actor();
        Instant since = parseTime("from", from);
        Instant until = parseTime("to", to);
        if (since != null && until != null && !since.isBefore(until)) {
            throw ValidationException.of("to", "must be later than --from");
        }
        AuditFilter filter = new AuditFilter(blankToNull(entity), blankToNull(id), blankToNull(actor), since, until);
        return audit.search(signedIn, filter, pageRequest());
    }

    @Override
    void columns(Table table) {
        table.column("Id").alignRight();
        table.column("Time");
        table.column("Actor");
        table.column("Scope");
        table.column("Entity");
        table.column("Entity id");
        table.column("Action");
        table.column("Changes");
        table.column("Reason").maxSize(40).wrap();
    }

    @Override
    Object[] cells(AuditRecord r) {
        return new Object[] {r.id(), Formats.instant(r.at()), r.actor(), r.scope(), r.entity(), r.entityId(),
                r.action(), Formats.changes(r.changes()), r.reason() == null ? "" : r.reason()};
    }

    @Override
    String noun() {
        return "record";
    }

    /** A day (its start, UTC) or an exact instant; null when not given. */
    static Instant parseTime(String option, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return text.contains("T") ? Instant.parse(text)
                    : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw ValidationException.of(option, "'" + value + "' is not a day like 2026-11-01 "
                    + "nor an instant like 2026-11-01T08:00:00Z");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
