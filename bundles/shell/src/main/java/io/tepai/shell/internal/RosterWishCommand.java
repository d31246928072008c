package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.PageRequest;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.roster.RosterInputService;
import io.tepai.api.roster.SpecialistWish;
import io.tepai.api.roster.Wish;
import io.tepai.api.roster.WishDraft;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "roster-wish",
        description = "Records (or changes) a specialist's wish to stay or leave for a roster year (R-REC-4; next "
                + "year unless --year), as the specialist or their unit (audited).")
@Service
public class RosterWishCommand extends TepaiAction {

    @Reference
    RosterInputService inputs;

    @Reference
    ProgrammeCalendar calendar;

    @Option(name = "--year", aliases = "-y", description = "The roster's programme year; next year if left out")
    Integer year;

    @Argument(index = 0, name = "specialist", description = "The specialist's numeric id", required = true)
    long specialistId;

    @Argument(index = 1, name = "wish", description = "STAY or LEAVE", required = true)
    @Completion(WishCompleter.class)
    String wish;

    @Argument(index = 2, name = "note", description = "Why, in words (optional)", multiValued = true)
    List<String> note;

    @Override
    void run() {
        Wish choice = requireEnum(Wish.class, "wish", wish);
        Actor actor = actor();
        int roster = year != null ? year : calendar.currentYear() + 1;
        Long version = inputs.wishes(actor, roster, specialistId, PageRequest.first()).items().stream()
                .findFirst().map(SpecialistWish::version).orElse(null);
        SpecialistWish recorded = inputs.recordWish(actor, new WishDraft(roster, specialistId, choice,
                note == null ? null : String.join(" ", note), version));
        System.out.println("Wish of " + Formats.named(recorded.specialistId(), recorded.specialistName()) + " for "
                + recorded.year() + ": " + recorded.wish() + (recorded.note().isEmpty() ? "" : " (" + recorded.note()
                + ")") + ", recorded by " + recorded.recordedBy());
    }
}
