package io.tepai.shell.internal;

import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.evaluation.EvaluationService;
import io.tepai.api.evaluation.Round;
import io.tepai.api.evaluation.RoundDraft;
import io.tepai.spi.evaluation.SubjectKind;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "round-create",
        description = "Creates an evaluation round (R-EVAL-2): SPECIALIST rounds are a receiving county's, which "
                + "evaluates the specialists dispatched to it; a TEAM round naming a county is that county's, of "
                + "the county-level teams it leads (R-TEAM-4); TEAM without a county, COUNTY_WORK and UNIT rounds "
                + "are the city office's. Compute it next with tepai:round-compute.")
@Service
public class RoundCreateCommand extends TepaiAction {

    @Reference
    EvaluationService evaluations;

    /** Which year is current: the programme's, which need not start on 1 January. */
    @Reference
    ProgrammeCalendar calendar;

    @Option(name = "--year", aliases = "-y",
            description = "Programme year to evaluate; the one running today if not given")
    Integer year;

    @Argument(index = 0, name = "kind", description = "SPECIALIST, TEAM, COUNTY_WORK or UNIT", required = true)
    @Completion(SubjectKindCompleter.class)
    String kind;

    @Argument(index = 1, name = "county", description = "For a SPECIALIST or a county's TEAM round: the evaluating county, e.g. wuzhi")
    @Completion(CountyCompleter.class)
    String county;

    @Override
    void run() {
        SubjectKind subjects = requireEnum(SubjectKind.class, "kind", kind);
        // the programme year is core's to define (it need not start on 1 January)
        Round created = evaluations.create(actor(), new RoundDraft(calendar.yearOrCurrent(year), subjects, county));
        System.out.println("Created round " + created.id() + ": " + created.year() + " " + created.kind()
                + ", evaluated by " + created.evaluator() + ", " + created.status());
    }
}
