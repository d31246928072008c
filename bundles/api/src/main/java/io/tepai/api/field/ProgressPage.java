package io.tepai.api.field;

import io.tepai.api.Page;
import java.time.LocalDate;
import java.util.List;

/**
 * Progress of a programme year (R-SVC-2) with one page of the specialists in scope (issue 17: a large county has
 * tens of thousands): the same as {@link Progress} except that {@code specialists} is a page, by name, counted in
 * the database, and there is no list of those behind; each specialist's {@code status} says whether they are.
 *
 * @param specialists     one page of the specialists in scope, by name
 * @param guidanceClasses every specialist in scope per guidance class, not only the page's, summed in the database
 * @see Progress
 */
public record ProgressPage(int year, LocalDate from, LocalDate to, LocalDate asOf, double shareElapsed,
                           Page<SpecialistProgress> specialists, List<TeamProgress> teams,
                           List<ClassProgress> guidanceClasses) {

    public ProgressPage {
        teams = List.copyOf(teams);
        guidanceClasses = List.copyOf(guidanceClasses);
    }
}
