package io.tepai.api.field;

import io.tepai.api.team.AgreementTask;
import java.math.BigDecimal;
import java.util.List;

/**
 * A team's service under its agreements in a programme year (R-SVC-2: teams fulfil their agreements): the agreed
 * tasks the signing county recorded as fulfilled, and confirmed logs of its members in each signing county.
 */
public record TeamProgress(long teamId, String name, List<AgreementProgress> agreements) {

    public TeamProgress {
        agreements = List.copyOf(agreements);
    }

    /**
     * The agreed tasks with one county, where each stands, and the members' confirmed service there.
     *
     * @param taskFulfilment every task with what the county recorded (R-SVC-2)
     * @param tasksFulfilled how many tasks the county recorded as fulfilled
     * @param openTasks      the tasks not (yet) recorded as fulfilled: open, partly or not fulfilled
     */
    public record AgreementProgress(long agreementId, String county, List<String> tasks,
                                    List<AgreementTask> taskFulfilment, int tasksFulfilled, List<String> openTasks,
                                    BigDecimal fieldDays, int services) {

        public AgreementProgress {
            tasks = List.copyOf(tasks);
            taskFulfilment = List.copyOf(taskFulfilment);
            openTasks = List.copyOf(openTasks);
        }

        /** The tasks' progress from their records. */
        public static AgreementProgress of(long agreementId, String county, List<AgreementTask> tasks,
                                           BigDecimal fieldDays, int services) {
            return new AgreementProgress(agreementId, county, tasks.stream().map(AgreementTask::task).toList(), tasks,
                    (int) tasks.stream().filter(t -> !t.open()).count(),
                    tasks.stream().filter(AgreementTask::open).map(AgreementTask::task).toList(), fieldDays, services);
        }
    }
}
