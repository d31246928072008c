package io.tepai.core.evaluation;

import io.tepai.spi.evaluation.SubjectData;
import io.tepai.spi.tier.ServiceThreshold;
import java.math.BigDecimal;
import java.util.List;

/**
 * A subject's evaluation data (what plug-ins see) plus what only the built-in criteria use: each covered
 * specialist's confirmed service in the whole year against their tier's threshold, the totals of the subject's
 * services, and a team's agreed tasks.
 *
 * @param fieldDays confirmed field days of the subject's records, a tie-breaker (R-EVAL-3)
 * @param services  the totals of the subject's confirmed services the built-in criteria score: those of
 *                  {@code data.services()} when the data lists them, summed in the database for a unit (whose data
 *                  lists none, issue 17: see {@link EvaluationData})
 */
record SubjectFacts(SubjectData data, List<Fulfilment> fulfilment, BigDecimal fieldDays, AgreementTasks tasks,
                    ServiceTotals services) {

    SubjectFacts(SubjectData data, List<Fulfilment> fulfilment, BigDecimal fieldDays) {
        this(data, fulfilment, fieldDays, AgreementTasks.NONE, ServiceTotals.of(data.services()));
    }

    SubjectFacts withTasks(AgreementTasks agreed) {
        return new SubjectFacts(data, fulfilment, fieldDays, agreed, services);
    }

    /**
     * What the built-in criteria use of a subject's confirmed services (R-EVAL-1 service results and recipient
     * satisfaction): how many, how many record outcome indicators, how many carry a rating and the sum of those.
     */
    record ServiceTotals(long count, long withOutcomes, long rated, long ratingSum) {

        static final ServiceTotals NONE = new ServiceTotals(0, 0, 0, 0);

        static ServiceTotals of(List<SubjectData.ServiceRecord> services) {
            long withOutcomes = services.stream().filter(s -> !s.outcomes().isEmpty()).count();
            List<Integer> ratings = services.stream().map(SubjectData.ServiceRecord::rating)
                    .filter(r -> r != null).toList();
            return new ServiceTotals(services.size(), withOutcomes, ratings.size(),
                    ratings.stream().mapToLong(Integer::longValue).sum());
        }

        ServiceTotals plus(ServiceTotals other) {
            return new ServiceTotals(count + other.count, withOutcomes + other.withOutcomes, rated + other.rated,
                    ratingSum + other.ratingSum);
        }

        /** The mean rating 1..5, as the mean of the ratings' list was taken; 0 when none. */
        double meanRating() {
            return rated == 0 ? 0 : (double) ratingSum / rated;
        }
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
