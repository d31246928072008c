package io.tepai.shell.internal;

import io.tepai.api.evaluation.Adjustment;
import io.tepai.api.evaluation.CriterionLine;
import io.tepai.api.evaluation.EvaluationResult;
import io.tepai.api.evaluation.EvaluationService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "result",
        description = "Shows one evaluation result in full: each criterion's score, weight, share of the total and "
                + "explanation (a failed plug-in says why), the total, the grade from the bands and the grade in "
                + "force, the 15% cap (R-EVAL-3), the evaluator's inputs, a manual adjustment, renewal and certificate.")
@Service
public class ResultCommand extends TepaiAction {

    @Reference
    EvaluationService evaluations;

    @Argument(name = "id", description = "The result's numeric id, as listed by tepai:results", required = true)
    long id;

    @Override
    void run() {
        EvaluationResult result = evaluations.result(actor(), id);
        details(result);
        System.out.println();
        System.out.println("Breakdown: " + result.breakdown().size() + " criteria");
        breakdown(result.breakdown());
    }

    private static void details(EvaluationResult r) {
        Table table = new Table().noHeaders();
        table.column("Field");
        table.column("Value").maxSize(80).wrap();
        table.addRow().addContent("Id", r.id());
        table.addRow().addContent("Round", r.roundId() + " (" + r.year() + ")");
        table.addRow().addContent("Subject", r.subject().kind() + " " + Evaluations.subject(r.subject()));
        table.addRow().addContent("Unit", Formats.text(r.subject().unit()));
        table.addRow().addContent("County", Formats.text(r.subject().county()));
        table.addRow().addContent("Rank", r.rank());
        table.addRow().addContent("Total", Formats.twoDecimals(r.totalScore()));
        table.addRow().addContent("Computed grade", Evaluations.grade(r.computedGrade()));
        table.addRow().addContent("Grade", Evaluations.grade(r.grade()));
        if (r.capNote() != null && !r.capNote().isBlank()) {
            table.addRow().addContent("Cap", r.capNote());
        }
        table.addRow().addContent("Inputs", inputs(r.inputs()));
        table.addRow().addContent("Adjustment", adjustment(r.adjustment()));
        table.addRow().addContent("Renewal", r.renewal() == null ? Formats.NONE : r.renewal().name());
        table.addRow().addContent("Certificate", r.certificateNo() == null ? Formats.NONE : r.certificateNo());
        table.addRow().addContent("Version", r.version());
        table.print(System.out);
    }

    /** By name, e.g. "organisation=85, publicity=70". */
    static String inputs(Map<String, BigDecimal> inputs) {
        if (inputs.isEmpty()) {
            return Formats.NONE;
        }
        return new TreeMap<>(inputs).entrySet().stream()
                .map(e -> e.getKey() + "=" + Formats.twoDecimals(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** E.g. "优秀 → 良好 by wuzhi at 2026-12-03T02:00:00Z: reason". */
    static String adjustment(Adjustment a) {
        if (a == null) {
            return Formats.NONE;
        }
        return Evaluations.grade(a.from()) + " → " + Evaluations.grade(a.to()) + " by " + a.by() + " at "
                + Formats.instantOrEmpty(a.at()) + ": " + a.reason();
    }

    private static void breakdown(List<CriterionLine> lines) {
        Table table = new Table();
        table.column("Criterion");
        table.column("Name");
        table.column("Source");
        table.column("Weight").alignRight();
        table.column("Share").alignRight();
        table.column("Score").alignRight();
        table.column("Status");
        table.column("Explanation").maxSize(60).wrap();
        for (CriterionLine line : lines) {
            table.addRow().addContent(line.criterionId(), line.nameZh(), line.source(), line.weight(),
                    line.effectiveWeight() == null ? "" : Formats.percent(line.effectiveWeight().doubleValue()),
                    Formats.twoDecimals(line.score()), line.status(), Formats.text(line.explanation()));
        }
        table.print(System.out);
    }
}
