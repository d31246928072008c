package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.FieldError;
import io.tepai.api.ValidationException;
import io.tepai.api.evaluation.EvaluationResult;
import io.tepai.api.evaluation.EvaluationService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "result-inputs",
        description = "Sets the evaluator's inputs (0 to 100) for one subject, e.g. organisation=85 publicity=70; "
                + "inputs not named are kept, name= removes one. The round must then be computed again.")
@Service
public class ResultInputsCommand extends TepaiAction {

    @Reference
    EvaluationService evaluations;

    @Argument(index = 0, name = "id", description = "The result's numeric id, as listed by tepai:results",
            required = true)
    long id;

    @Argument(index = 1, name = "inputs", description = "name=value pairs, e.g. organisation=85",
            required = true, multiValued = true)
    List<String> inputs;

    @Override
    void run() {
        Map<String, BigDecimal> given = parse(inputs);
        Actor actor = actor();
        EvaluationResult current = evaluations.result(actor, id);
        Map<String, BigDecimal> merged = new LinkedHashMap<>(current.inputs());
        given.forEach((name, value) -> {
            if (value == null) {
                merged.remove(name);
            } else {
                merged.put(name, value);
            }
        });
        EvaluationResult updated = evaluations.setInputs(actor, id, current.version(), merged);
        System.out.println("Result " + updated.id() + " (" + Evaluations.subject(updated.subject()) + ") inputs: "
                + ResultCommand.inputs(updated.inputs()) + "; compute round " + updated.roundId() + " again");
    }

    /** {@code name=value} each, in the order given; an empty value means "remove" (null). */
    static Map<String, BigDecimal> parse(List<String> pairs) {
        Map<String, BigDecimal> parsed = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (String pair : pairs == null ? List.<String>of() : pairs) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? "" : pair.substring(0, eq).strip();
            if (name.isEmpty()) {
                errors.add(new FieldError(pair, "is not name=value, e.g. organisation=85"));
                continue;
            }
            String value = pair.substring(eq + 1).strip();
            if (value.isEmpty()) {
                parsed.put(name, null);
                continue;
            }
            try {
                parsed.put(name, new BigDecimal(value));
            } catch (NumberFormatException e) {
                errors.add(new FieldError(name, "'" + value + "' is not a number"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return parsed;
    }
}
