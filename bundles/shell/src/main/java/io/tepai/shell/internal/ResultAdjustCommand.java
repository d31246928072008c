package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.evaluation.EvaluationResult;
import io.tepai.api.evaluation.EvaluationService;
import io.tepai.spi.evaluation.Grade;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "result-adjust",
        description = "Changes the grade of one evaluation result by hand, with a reason (audited); the 15% cap on "
                + "优秀 still holds (R-EVAL-3). Acts on the version just read.")
@Service
public class ResultAdjustCommand extends TepaiAction {

    @Reference
    EvaluationService evaluations;

    @Argument(index = 0, name = "id", description = "The result's numeric id, as listed by tepai:results",
            required = true)
    long id;

    @Argument(index = 1, name = "grade", description = "EXCELLENT, GOOD, PASS or FAIL", required = true)
    @Completion(GradeCompleter.class)
    String grade;

    @Argument(index = 2, name = "reason", description = "Why, in words (several words need no quotes)",
            required = true, multiValued = true)
    List<String> reason;

    @Override
    void run() {
        Grade to = requireEnum(Grade.class, "grade", grade);
        Actor actor = actor();
        EvaluationResult current = evaluations.result(actor, id);
        EvaluationResult adjusted = evaluations.adjust(actor, id, current.version(), to,
                reason == null ? null : String.join(" ", reason));
        System.out.println("Result " + adjusted.id() + " (" + Evaluations.subject(adjusted.subject()) + "): "
                + ResultCommand.adjustment(adjusted.adjustment()));
    }
}
