package io.tepai.testkit;

import io.tepai.guard.CriterionLines;
import io.tepai.guard.CriterionLines.Line;
import io.tepai.guard.PluginCalls;
import io.tepai.spi.evaluation.EvaluationCriterion;
import io.tepai.spi.evaluation.SubjectData;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs a criterion on one subject the way a Tepai round does, with the code core runs (io.tepai.guard): on a worker
 * thread under the time limit ({@value CriterionLines#DEFAULT_TIMEOUT_MS} ms, Tepai's default, unless set), a
 * throw, no answer or a score outside 0..100 as a {@code FAILED} line with Tepai's reason, the score rounded half-up
 * to two decimals, names cut at 120 and the explanation at 500 characters, the id shown for a name that cannot be
 * had. E.g.
 * <pre>
 * Line line = CriterionHarness.of(new DemonstrationBasesCriterion()).run(data);
 * assertEquals(Status.SCORED, line.status());
 * assertEquals(new BigDecimal("75.00"), line.score());
 * </pre>
 * Tepai asks a criterion only about the kinds of subject it {@link EvaluationCriterion#appliesTo() applies to}; the
 * harness refuses the others, so a test cannot pass on a subject a round would never hand over.
 */
public final class CriterionHarness {

    private final EvaluationCriterion criterion;
    private Duration timeLimit = Duration.ofMillis(CriterionLines.DEFAULT_TIMEOUT_MS);

    private CriterionHarness(EvaluationCriterion criterion) {
        this.criterion = criterion;
    }

    public static CriterionHarness of(EvaluationCriterion criterion) {
        return new CriterionHarness(criterion);
    }

    /** The time limit of each call, as {@code criterionTimeoutMs} sets it in Tepai. */
    public CriterionHarness timeLimit(Duration timeLimit) {
        this.timeLimit = timeLimit;
        return this;
    }

    public Line run(SubjectDataBuilder data) {
        return run(data.build());
    }

    /**
     * The line Tepai would show for the subject.
     *
     * @throws IllegalArgumentException when the criterion does not apply to the subject's kind
     */
    public Line run(SubjectData data) {
        String id = PluginCalls.onCallerThread().call(criterion.getClass().getName(), criterion::id)
                .orElse(criterion.getClass().getName());
        Set<?> kinds = PluginCalls.onCallerThread().call(id, criterion::appliesTo).orElse(Set.of());
        if (!kinds.contains(data.subject().kind())) {
            throw new IllegalArgumentException("Criterion " + id + " applies to " + kinds + ", not to "
                    + data.subject().kind() + ": Tepai would not ask it about this subject");
        }
        ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "criterion " + id);
            thread.setDaemon(true);
            return thread;
        });
        try {
            return CriterionLines.judge(id, criterion, data, new PluginCalls(worker, timeLimit.toMillis()));
        } finally {
            worker.shutdownNow();
        }
    }
}
