package io.tepai.api.dispatch;

import org.osgi.annotation.versioning.ProviderType;

/** The coverage matrix of R-GOAL-1. */
@ProviderType
public interface CoverageService {

    /**
     * Coverage in a programme year. A city team covers a county's industry through an agreement with the county
     * that is active or ended and whose term overlaps the year, when the team's industry and the county's industry
     * name each other (one contains the other); a county's own active team likewise; a specialist covers it
     * through an assignment to the county that year naming the industry, or, when the assignment names none,
     * through one of their fields matching the industry the same way.
     */
    Coverage coverage(int year);
}
