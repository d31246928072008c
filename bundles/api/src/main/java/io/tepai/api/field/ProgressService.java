package io.tepai.api.field;

import org.osgi.annotation.versioning.ProviderType;

/** Annual thresholds and progress (R-SVC-2). */
@ProviderType
public interface ProgressService {

    /** The programme year that contains today. */
    int currentYear();

    Progress progress(int year, ProgressFilter filter);
}
