package io.tepai.shell.internal;

import io.tepai.api.specialist.Classification;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** The guidance classes (R-TIER-2). */
@Service
public class ClassificationCompleter extends EnumCompleter {

    public ClassificationCompleter() {
        super(Classification.class);
    }
}
