package io.tepai.shell.internal;

import io.tepai.api.team.TaskFulfilment;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
public class TaskFulfilmentCompleter extends EnumCompleter {

    public TaskFulfilmentCompleter() {
        super(TaskFulfilment.class);
    }
}
