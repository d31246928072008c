package io.tepai.api.dispatch;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
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

    /**
     * One page of the specialists covering a county's leading industry in the year (by the rule of
     * {@link #coverage}), in the order they were dispatched: the drill-down of a cell, whose
     * {@code specialistCount} is this page's total.
     *
     * @throws io.tepai.api.NotFoundException when the county is unknown
     * @throws io.tepai.api.ValidationException when the industry is not one of the county's leading industries
     */
    Page<Coverage.CoveringSpecialist> covering(int year, String county, String industry, PageRequest page);
}
