package io.tepai.api.dispatch;

import io.tepai.api.specialist.ClassCount;
import io.tepai.spi.tier.SupportLevel;
import java.util.List;

/**
 * Who serves each county's leading industries in a year, and where nobody does (R-GOAL-1).
 *
 * @param year     programme year
 * @param counties every county, in official order, with each of its leading industries
 * @param cells    number of county × industry cells
 * @param covered  number of cells someone serves
 * @param gaps     the cells nobody serves
 * @param incompleteSquads the counties whose squad lacks a captain or a liaison (R-SQUAD-1): the city's overview
 * @param guidanceClasses  the specialists dispatched in the year per guidance class (R-TIER-2), each once however
 *                         many counties they serve; every class, in declaration order
 */
public record Coverage(int year, List<CountyCoverage> counties, int cells, int covered, List<Gap> gaps,
                       List<IncompleteSquad> incompleteSquads, List<ClassCount> guidanceClasses) {

    public Coverage {
        counties = List.copyOf(counties);
        gaps = List.copyOf(gaps);
        incompleteSquads = List.copyOf(incompleteSquads);
        guidanceClasses = List.copyOf(guidanceClasses);
    }

    /** Coverage without counts per guidance class. */
    public Coverage(int year, List<CountyCoverage> counties, int cells, int covered, List<Gap> gaps,
                    List<IncompleteSquad> incompleteSquads) {
        this(year, counties, cells, covered, gaps, incompleteSquads, List.of());
    }

    /**
     * One county's row.
     *
     * @param missingSquadOfficers what the county's squad lacks of a captain and a liaison ({@code captain},
     *                             {@code liaison}); empty when the squad is complete (R-SQUAD-1)
     * @param guidanceClasses      the specialists dispatched to the county in the year per guidance class (R-TIER-2);
     *                             every class, in declaration order
     */
    public record CountyCoverage(String county, String countyName, List<IndustryCoverage> industries,
                                 List<String> missingSquadOfficers, List<ClassCount> guidanceClasses) {

        public CountyCoverage {
            industries = List.copyOf(industries);
            missingSquadOfficers = List.copyOf(missingSquadOfficers);
            guidanceClasses = List.copyOf(guidanceClasses);
        }

        /** A county's row without counts per guidance class. */
        public CountyCoverage(String county, String countyName, List<IndustryCoverage> industries,
                              List<String> missingSquadOfficers) {
            this(county, countyName, industries, missingSquadOfficers, List.of());
        }
    }

    /**
     * One cell: a leading industry of a county, and who serves it.
     *
     * @param specialists     empty in the matrix of {@link CoverageService#coverage}: the covering specialists are
     *                        paged by {@link CoverageService#covering} (issue 17: all of them were one answer)
     * @param specialistCount how many of the year's assignments to the county cover the industry
     */
    public record IndustryCoverage(String industry, List<CoveringTeam> teams, List<CoveringSpecialist> specialists,
                                   boolean covered, long specialistCount) {

        public IndustryCoverage {
            teams = List.copyOf(teams);
            specialists = List.copyOf(specialists);
        }

        /** A cell whose covering specialists are all listed. */
        public IndustryCoverage(String industry, List<CoveringTeam> teams, List<CoveringSpecialist> specialists,
                                boolean covered) {
            this(industry, teams, specialists, covered, specialists.size());
        }
    }

    /**
     * A team serving a cell.
     *
     * @param via {@code agreement:<id>} for a city team, {@code county-team} for the county's own team
     */
    public record CoveringTeam(long teamId, String name, String via) {
    }

    /**
     * A specialist serving a cell through an assignment to the county.
     *
     * @param basis {@code assignment} when the assignment names the industry, {@code field:<field>} when one of the
     *              specialist's fields matches it, {@code log} when neither does but a confirmed service log of the
     *              year in the county names the industry as served
     */
    public record CoveringSpecialist(long specialistId, String name, SupportLevel level, String basis) {
    }

    public record Gap(String county, String countyName, String industry) {
    }

    /** A county whose squad lacks officers: {@code captain}, {@code liaison} or both. */
    public record IncompleteSquad(String county, String countyName, List<String> missing) {

        public IncompleteSquad {
            missing = List.copyOf(missing);
        }
    }
}
