package io.tepai.shell.internal;

import io.tepai.api.field.RequestStatus;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
public class RequestStatusCompleter extends EnumCompleter {

    public RequestStatusCompleter() {
        super(RequestStatus.class);
    }
}
