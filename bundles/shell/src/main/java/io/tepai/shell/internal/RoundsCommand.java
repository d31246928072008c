package io.tepai.shell.internal;

import io.tepai.api.Page;
import io.tepai.api.evaluation.EvaluationService;
import io.tepai.api.evaluation.Round;
import io.tepai.api.evaluation.RoundFilter;
import io.tepai.api.evaluation.RoundStatus;
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.SubjectKind;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "rounds",
        description = "Lists annual evaluation rounds (年度考核, R-EVAL-1..4) with their status and how many subjects "
                + "got each grade, one page at a time; all given filters must match.")
@Service
public class RoundsCommand extends PagedListCommand<Round> {

    @Reference
    EvaluationService evaluations;

    @Option(name = "--year", aliases = "-y", description = "Programme year evaluated")
    Integer year;

    @Option(name = "--kind", aliases = "-k", description = "SPECIALIST, TEAM, COUNTY_WORK or UNIT")
    @Completion(SubjectKindCompleter.class)
    String kind;

    @Option(name = "--county", aliases = "-c", description = "Code of the evaluating county, e.g. wuzhi")
    @Completion(CountyCompleter.class)
    String county;

    @Option(name = "--status", aliases = "-s", description = "DRAFT, COMPUTED, REVIEWED or PUBLISHED")
    @Completion(RoundStatusCompleter.class)
    String status;

    @Override
    Page<Round> fetch() {
        RoundFilter filter = new RoundFilter(year, parseEnum(SubjectKind.class, "kind", kind), county,
                parseEnum(RoundStatus.class, "status", status));
        return evaluations.rounds(actor(), filter, pageRequest());
    }

    @Override
    void columns(Table table) {
        table.column("Id").alignRight();
        table.column("Year");
        table.column("Kind");
        table.column("Evaluator");
        table.column("Status");
        table.column("Subjects").alignRight();
        for (Grade grade : Grade.values()) {
            table.column(grade.nameZh()).alignRight();
        }
        table.column("Stale");
    }

    @Override
    Object[] cells(Round r) {
        return new Object[] {r.id(), r.year(), r.kind(), r.evaluator(), r.status(), r.subjects(),
                Evaluations.count(r, Grade.EXCELLENT), Evaluations.count(r, Grade.GOOD),
                Evaluations.count(r, Grade.PASS), Evaluations.count(r, Grade.FAIL), r.stale() ? "yes" : ""};
    }

    @Override
    String noun() {
        return "round";
    }
}
