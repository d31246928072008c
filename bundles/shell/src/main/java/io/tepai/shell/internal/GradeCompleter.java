package io.tepai.shell.internal;

import io.tepai.spi.evaluation.Grade;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
public class GradeCompleter extends EnumCompleter {

    public GradeCompleter() {
        super(Grade.class);
    }
}
