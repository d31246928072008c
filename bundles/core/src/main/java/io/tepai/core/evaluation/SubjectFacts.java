package io.tepai.core.evaluation;

import io.tepai.spi.evaluation.SubjectData;
import io.tepai.spi.tier.ServiceThreshold;
import java.math.BigDecimal;
import java.util.List;

/**
 * A subject's evaluation data (what plug-ins see) plus what only the built-in criteria use: each covered
 * specialist's confirmed service in the whole year against their tier's threshold, and a team's agreed tasks.
 *
 * @param fieldDays confirmed field days of the subject's records, a tie-breaker (R-EVAL-3)
 */
record SubjectFacts(SubjectData data, List<Fulfilment> fulfilment, BigDecimal fieldDays, AgreementTasks tasks) {

    SubjectFacts(SubjectData data, List<Fulfilment> fulfilment, BigDecimal fieldDays) {
        this(data, fulfilment, fieldDays, AgreementTasks.NONE);
    }

    SubjectFacts withTasks(AgreementTasks agreed) {
        return new SubjectFacts(data, fulfilment, fieldDays, agreed);
    }

    /**
     * A team's agreed tasks under its agreements in force in the year, by what their counties recorded (R-SVC-2);
     * none for other subjects.
     */
    record AgreementTasks(int total, int fulfilled, int partly, int notFulfilled) {

        static final AgreementTasks NONE = new AgreementTasks(0, 0, 0, 0);

        int assessed() {
            return fulfilled + partly + notFulfilled;
        }

        /** Fulfilled counts whole, partly half, not fulfilled nothing; open tasks are not judged yet. */
        double share() {
            return assessed() == 0 ? 0 : (fulfilled + 0.5 * partly) / assessed();
        }
    }

    /**
     * One specialist's confirmed service in the year.
     *
     * @param threshold the tier's annual threshold, or null when the tier is not loaded
     */
    record Fulfilment(BigDecimal days, int services, ServiceThreshold threshold) {
    }
}
