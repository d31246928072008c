package io.tepai.shell.internal;

import io.tepai.api.team.Agreement;
import io.tepai.api.team.AgreementTask;
import io.tepai.api.team.TaskFulfilment;
import io.tepai.api.team.TaskFulfilmentDraft;
import io.tepai.api.team.TeamService;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "task-fulfil",
        description = "Records whether a team fulfilled one task agreed with a county (R-SVC-2): FULFILLED, PARTLY "
                + "or NOT_FULFILLED, with the team members' confirmed logs in that county that show it and/or a "
                + "note (fulfilled or partly needs one of them). The agreement's county or the city office; "
                + "recording again replaces the earlier record, the audit trail keeps both. Options come first; "
                + "tasks are numbered as tepai:team lists them.")
@Service
public class TaskFulfilCommand extends TepaiAction {

    @Reference
    TeamService teams;

    @Argument(index = 0, name = "team", description = "The team's numeric id", required = true)
    @Completion(TeamCompleter.class)
    long team;

    @Argument(index = 1, name = "agreement", description = "The agreement's numeric id, as tepai:team lists it",
            required = true)
    long agreement;

    @Argument(index = 2, name = "task", description = "The task's number within the agreement, from 1",
            required = true)
    int task;

    @Argument(index = 3, name = "fulfilment", description = "FULFILLED, PARTLY or NOT_FULFILLED", required = true)
    @Completion(TaskFulfilmentCompleter.class)
    String fulfilment;

    @Option(name = "--log", aliases = "-l", multiValued = true,
            description = "A confirmed service log that shows it (repeat for several)")
    List<Long> logs;

    @Option(name = "--note", aliases = "-n", description = "What the county saw, e.g. 培训药农620人次，现场核实")
    String note;

    @Override
    void run() {
        Agreement current = teams.agreement(team, agreement);
        Agreement recorded = teams.recordTaskFulfilment(actor(), team, agreement, current.version(), task,
                new TaskFulfilmentDraft(requireEnum(TaskFulfilment.class, "fulfilment", fulfilment), logs == null ? List.of() : logs, note));
        AgreementTask t = recorded.taskFulfilment().get(task - 1);
        long fulfilled = recorded.taskFulfilment().stream().filter(a -> !a.open()).count();
        System.out.println("Task " + t.number() + " of agreement " + recorded.id() + " (" + recorded.county()
                + ") recorded as " + t.fulfilment() + ": " + t.task() + "; " + fulfilled + " of "
                + recorded.taskFulfilment().size() + " tasks fulfilled");
    }
}
