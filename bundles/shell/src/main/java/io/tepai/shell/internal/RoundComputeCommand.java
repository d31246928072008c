package io.tepai.shell.internal;

import io.tepai.api.evaluation.EvaluationService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "round-compute",
        description = "Computes an evaluation round: scores every subject by the five built-in dimensions "
                + "(R-EVAL-1) and the county's enabled local criteria, grades them and applies the 15% cap on "
                + "优秀 (R-EVAL-3). A failing plug-in criterion is listed under Problems; the round still completes.")
@Service
public class RoundComputeCommand extends TepaiAction {

    @Reference
    EvaluationService evaluations;

    @Argument(name = "id", description = "The round's numeric id, as listed by tepai:rounds", required = true)
    long id;

    @Override
    void run() {
        Evaluations.print(evaluations.compute(actor(), id));
    }
}
