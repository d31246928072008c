package io.tepai.shell.internal;

import io.tepai.api.Page;
import io.tepai.api.evaluation.EvaluationResult;
import io.tepai.api.evaluation.EvaluationService;
import io.tepai.api.evaluation.ResultFilter;
import io.tepai.spi.evaluation.Grade;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "results",
        description = "Lists evaluation results by rank, one page at a time; all given filters must match. Marker: "
                + "cap = moved down from 优秀 by the 15% cap (R-EVAL-3), adjusted = grade changed by hand. "
                + "tepai:result <id> shows why.")
@Service
public class ResultsCommand extends PagedListCommand<EvaluationResult> {

    @Reference
    EvaluationService evaluations;

    @Option(name = "--round", aliases = "-r", description = "The round's numeric id")
    Long round;

    @Option(name = "--year", aliases = "-y", description = "Programme year evaluated")
    Integer year;

    @Option(name = "--county", aliases = "-c", description = "Code of the subjects' county, e.g. wuzhi")
    @Completion(CountyCompleter.class)
    String county;

    @Option(name = "--unit", aliases = "-u", description = "Code of the subjects' dispatching unit, e.g. hpu")
    @Completion(UnitCompleter.class)
    String unit;

    @Option(name = "--grade", aliases = "-g", description = "Grade in force: EXCELLENT, GOOD, PASS or FAIL")
    @Completion(GradeCompleter.class)
    String grade;

    @Override
    Page<EvaluationResult> fetch() {
        ResultFilter filter = new ResultFilter(round, year, null, county, unit, parseEnum(Grade.class, "grade", grade));
        return evaluations.results(actor(), filter, pageRequest());
    }

    @Override
    void columns(Table table) {
        table.column("Id").alignRight();
        table.column("Round").alignRight();
        table.column("Rank").alignRight();
        table.column("Subject");
        table.column("Unit");
        table.column("County");
        table.column("Total").alignRight();
        table.column("Computed");
        table.column("Grade");
        table.column("Marker");
    }

    @Override
    Object[] cells(EvaluationResult r) {
        return new Object[] {r.id(), r.roundId(), r.rank(), Evaluations.subject(r.subject()),
                Formats.text(r.subject().unit()), Formats.text(r.subject().county()),
                Formats.twoDecimals(r.totalScore()), Evaluations.grade(r.computedGrade()), Evaluations.grade(r.grade()),
                Evaluations.marker(r)};
    }

    @Override
    String noun() {
        return "result";
    }
}
