package io.tepai.shell.internal;

import io.tepai.spi.evaluation.SubjectKind;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
public class SubjectKindCompleter extends EnumCompleter {

    public SubjectKindCompleter() {
        super(SubjectKind.class);
    }
}
