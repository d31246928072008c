package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.PageRequest;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.roster.CountyNeed;
import io.tepai.api.roster.CountyRequest;
import io.tepai.api.roster.CountyRequestDraft;
import io.tepai.api.roster.RosterInputService;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "roster-request",
        description = "Records (or changes) a county's request to keep or release a specialist who served it, for a "
                + "roster year (R-REC-4; next year unless --year), with the reason (audited).")
@Service
public class RosterRequestCommand extends TepaiAction {

    @Reference
    RosterInputService inputs;

    @Reference
    ProgrammeCalendar calendar;

    @Option(name = "--year", aliases = "-y", description = "The roster's programme year; next year if left out")
    Integer year;

    @Argument(index = 0, name = "county", description = "The county asking, e.g. wuzhi", required = true)
    @Completion(CountyCompleter.class)
    String county;

    @Argument(index = 1, name = "specialist", description = "The specialist's numeric id", required = true)
    long specialistId;

    @Argument(index = 2, name = "request", description = "KEEP or RELEASE", required = true)
    @Completion(CountyNeedCompleter.class)
    String request;

    @Argument(index = 3, name = "reason", description = "Why, in words (several words need no quotes)",
            required = true, multiValued = true)
    List<String> reason;

    @Override
    void run() {
        CountyNeed need = requireEnum(CountyNeed.class, "request", request);
        Actor actor = actor();
        int roster = year != null ? year : calendar.currentYear() + 1;
        Long version = inputs.countyRequests(actor, roster, county, new PageRequest(1, PageRequest.MAX_SIZE))
                .items().stream().filter(r -> r.specialistId() == specialistId).findFirst()
                .map(CountyRequest::version).orElse(null);
        CountyRequest recorded = inputs.recordCountyRequest(actor, new CountyRequestDraft(roster, county,
                specialistId, need, reason == null ? null : String.join(" ", reason), version));
        System.out.println(recorded.county() + " asks to " + recorded.request() + " "
                + Formats.named(recorded.specialistId(), recorded.specialistName()) + " for " + recorded.year() + ": "
                + recorded.reason());
    }
}
