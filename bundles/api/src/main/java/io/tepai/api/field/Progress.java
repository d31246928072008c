package io.tepai.api.field;

import java.time.LocalDate;
import java.util.List;

/**
 * Progress of a programme year (R-SVC-2), computed from confirmed logs only.
 *
 * @param year         the programme year
 * @param from         its first day (the programme year need not be the calendar year)
 * @param to           its last day
 * @param asOf         the day the shares are computed for
 * @param shareElapsed share of the year elapsed on {@code asOf}, 0..1
 * @param specialists  every specialist in scope, by name
 * @param behind       those behind, by how far behind
 * @param teams        teams' progress under their agreements
 * @param guidanceClasses the specialists in scope per guidance class (R-TIER-2) with their confirmed service in the
 *                     year; every class, in declaration order
 */
public record Progress(int year, LocalDate from, LocalDate to, LocalDate asOf, double shareElapsed,
                       List<SpecialistProgress> specialists, List<SpecialistProgress> behind,
                       List<TeamProgress> teams, List<ClassProgress> guidanceClasses) {

    public Progress {
        specialists = List.copyOf(specialists);
        behind = List.copyOf(behind);
        teams = List.copyOf(teams);
        guidanceClasses = List.copyOf(guidanceClasses);
    }

    /** Progress without totals per guidance class. */
    public Progress(int year, LocalDate from, LocalDate to, LocalDate asOf, double shareElapsed,
                    List<SpecialistProgress> specialists, List<SpecialistProgress> behind, List<TeamProgress> teams) {
        this(year, from, to, asOf, shareElapsed, specialists, behind, teams, List.of());
    }
}
