package io.tepai.api.funding;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Random inspections of the use of funding (R-FUND-4). The city office draws a sample of a year's allocations and
 * records a finding per drawn allocation; the city office and the auditor read them.
 */
@ProviderType
public interface InspectionService {

    Inspection draw(Actor actor, InspectionDraft draft);

    Inspection get(Actor actor, long id);

    Page<Inspection> inspections(Actor actor, Integer year, PageRequest page);

    /** Records (or, with a new note, replaces) the finding about one drawn allocation. */
    Inspection recordFinding(Actor actor, long id, FindingDraft draft);
}
