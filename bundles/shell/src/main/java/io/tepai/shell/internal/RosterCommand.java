package io.tepai.shell.internal;

import io.tepai.api.Page;
import io.tepai.api.roster.Roster;
import io.tepai.api.roster.RosterEntry;
import io.tepai.api.roster.RosterEntryFilter;
import io.tepai.api.roster.RosterOutcome;
import io.tepai.api.roster.RosterService;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "roster",
        description = "Shows the roster of a programme year (R-REC-4; next year unless --year): how many specialists "
                + "have each outcome, then one page of entries with the inputs and why. A county sees those it had, "
                + "a unit its own, a specialist their own.")
@Service
public class RosterCommand extends PagedListCommand<RosterEntry> {

    @Reference
    RosterService rosters;

    @Option(name = "--year", aliases = "-y", description = "The roster's programme year; next year if left out")
    Integer year;

    @Option(name = "--outcome", aliases = "-o", description = "PRIORITY_RENEWAL, RENEWAL_BY_REVIEW or EXIT")
    @Completion(RosterOutcomeCompleter.class)
    String outcome;

    @Option(name = "--county", aliases = "-c", description = "Those dispatched to this county the year before")
    @Completion(CountyCompleter.class)
    String county;

    @Option(name = "--unit", aliases = "-u", description = "Those of this dispatching unit")
    @Completion(UnitCompleter.class)
    String unit;

    @Override
    Page<RosterEntry> fetch() {
        RosterOutcome only = parseEnum(RosterOutcome.class, "outcome", outcome);
        Roster roster = rosters.roster(actor(), year);
        // the roster's own line first: what the page below is a part of
        System.out.println(summary(roster));
        return rosters.entries(actor(), roster.year(), new RosterEntryFilter(only, unit, county, null),
                pageRequest());
    }

    static String summary(Roster roster) {
        return "Roster " + roster.year() + ": " + roster.status() + ", " + roster.entries() + " specialists — "
                + roster.outcomes().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + " (" + roster.adjusted() + " adjusted), version "
                + roster.version();
    }

    @Override
    void columns(Table table) {
        table.column("Entry").alignRight();
        table.column("Specialist");
        table.column("Unit");
        table.column("Served");
        table.column("Evaluation").maxSize(36).wrap();
        table.column("Wish");
        table.column("Keep");
        table.column("Release");
        table.column("Computed");
        table.column("Outcome");
        table.column("Why").maxSize(48).wrap();
    }

    @Override
    Object[] cells(RosterEntry e) {
        String why = e.adjustedAt() == null ? String.join("; ", e.reasons())
                : "adjusted by " + e.adjustedBy() + ": " + e.adjustReason();
        return new Object[] {e.id(), Formats.named(e.specialistId(), e.specialistName()), e.unit(),
                String.join(",", e.servedCounties()), String.join("; ", e.evaluations()),
                e.wish() == null ? "" : e.wish().name(), String.join(",", e.keepBy()), String.join(",", e.releaseBy()),
                e.computedOutcome(), e.outcome(), why};
    }

    @Override
    String noun() {
        return "specialist";
    }
}
