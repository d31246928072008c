package io.tepai.core.dispatch;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.NotFoundException;
import io.tepai.api.ValidationException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.dispatch.Coverage;
import io.tepai.api.dispatch.Coverage.CountyCoverage;
import io.tepai.api.dispatch.Coverage.CoveringSpecialist;
import io.tepai.api.dispatch.Coverage.CoveringTeam;
import io.tepai.api.dispatch.Coverage.Gap;
import io.tepai.api.dispatch.Coverage.IncompleteSquad;
import io.tepai.api.dispatch.Coverage.IndustryCoverage;
import io.tepai.api.dispatch.CoverageService;
import io.tepai.api.team.TeamLevel;
import io.tepai.core.field.GuidanceClasses;
import io.tepai.api.team.TeamStatus;
import io.tepai.spi.tier.SupportLevel;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.AgreementEntity;
import io.tepai.store.entity.AssignmentEntity;
import io.tepai.store.entity.CountyEntity;
import io.tepai.store.entity.SpecialistEntity;
import io.tepai.store.entity.TeamEntity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The coverage matrix of R-GOAL-1, computed from agreements, county teams and assignments in one read, with the
 * covering specialists per cell and the dispatched specialists per guidance class (R-TIER-2) counted in the
 * database; who the covering specialists are is paged per cell ({@link #covering}).
 */
@Component(service = CoverageService.class)
public class CoverageServiceImpl implements CoverageService {

    private final Store store;
    private final ProgrammeCalendar calendar;

    @Activate
    public CoverageServiceImpl(@Reference Store store, @Reference ProgrammeCalendar calendar) {
        this.store = store;
        this.calendar = calendar;
    }

    @Override
    public Coverage coverage(int year) {
        SquadServiceImpl.requireYear(year);
        return store.read(repos -> compute(repos, year, calendar.firstDay(year), calendar.lastDay(year)));
    }

    /** Agreements and county teams cover the year when in force on any day of the programme year. */
    private static Coverage compute(Repositories repos, int year, LocalDate from, LocalDate to) {
        List<AgreementEntity> agreements = repos.agreements().inForce(from, to);
        List<TeamEntity> countyTeams = repos.teams().withStatus(TeamStatus.ACTIVE.name()).stream()
                .filter(t -> TeamLevel.COUNTY.name().equals(t.getLevel()))
                .filter(t -> !t.getTermStart().isAfter(to) && !t.getTermEnd().isBefore(from))
                .toList();
        // R-REC-4 (who left the programme covers nothing) and the matching rule are in the query: one row per
        // covered county and industry, never the year's dispatch in memory (issue 17)
        Map<String, Long> specialistCounts = repos.assignments().coverageCounts(year, from, to).stream()
                .collect(Collectors.toMap(row -> cell((String) row[0], (String) row[1]), row -> (Long) row[2]));
        List<CountyEntity> all = repos.counties().all();
        Map<String, List<String>> missingOfficers = SquadOfficerRules.missingByCounty(
                all.stream().map(CountyEntity::getCode).toList(), repos.squads().officersOfYear(year), agreements);
        Map<String, List<Object[]>> classRows = repos.assignments().classesByCounty(year).stream()
                .collect(Collectors.groupingBy(row -> (String) row[0],
                        Collectors.mapping(row -> new Object[] {row[1], row[2]}, Collectors.toList())));
        List<CountyCoverage> counties = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        List<IncompleteSquad> incomplete = new ArrayList<>();
        int cells = 0;
        int covered = 0;
        for (CountyEntity county : all) {
            List<IndustryCoverage> industries = new ArrayList<>();
            for (String industry : county.getLeadingIndustries()) {
                List<CoveringTeam> teams = teams(repos, county.getCode(), industry, agreements, countyTeams);
                long specialists = specialistCounts.getOrDefault(cell(county.getCode(), industry), 0L);
                boolean isCovered = !teams.isEmpty() || specialists > 0;
                industries.add(new IndustryCoverage(industry, teams, List.of(), isCovered, specialists));
                cells++;
                if (isCovered) {
                    covered++;
                } else {
                    gaps.add(new Gap(county.getCode(), county.getNameZh(), industry));
                }
            }
            List<String> missing = missingOfficers.get(county.getCode());
            counties.add(new CountyCoverage(county.getCode(), county.getNameZh(), industries, missing,
                    GuidanceClasses.of(classRows.getOrDefault(county.getCode(), List.of()))));
            if (!missing.isEmpty()) {
                incomplete.add(new IncompleteSquad(county.getCode(), county.getNameZh(), missing));
            }
        }
        return new Coverage(year, counties, cells, covered, gaps, incomplete,
                GuidanceClasses.of(repos.assignments().classes(year)));
    }

    private static List<CoveringTeam> teams(Repositories repos, String county, String industry,
                                            List<AgreementEntity> agreements, List<TeamEntity> countyTeams) {
        List<CoveringTeam> teams = new ArrayList<>();
        for (AgreementEntity agreement : agreements) {
            if (!agreement.getCountyCode().equals(county)) {
                continue;
            }
            repos.teams().find(agreement.getTeamId())
                    .filter(team -> IndustryMatch.matches(team.getIndustry(), industry))
                    .ifPresent(team -> teams.add(new CoveringTeam(team.getId(), team.getName(),
                            "agreement:" + agreement.getId())));
        }
        countyTeams.stream()
                .filter(team -> county.equals(team.getCountyCode()) && IndustryMatch.matches(team.getIndustry(), industry))
                .forEach(team -> teams.add(new CoveringTeam(team.getId(), team.getName(), "county-team")));
        return teams;
    }

    private static String cell(String county, String industry) {
        return county + "\n" + industry;
    }

    @Override
    public Page<CoveringSpecialist> covering(int year, String county, String industry, PageRequest page) {
        SquadServiceImpl.requireYear(year);
        LocalDate from = calendar.firstDay(year);
        LocalDate to = calendar.lastDay(year);
        return store.read(repos -> {
            CountyEntity entity = repos.counties().find(county)
                    .orElseThrow(() -> new NotFoundException("county", county));
            if (industry == null || !entity.getLeadingIndustries().contains(industry)) {
                throw ValidationException.of("industry", "not a leading industry of " + county + ": "
                        + String.join(", ", entity.getLeadingIndustries()));
            }
            return repos.assignments().coveringPage(county, industry, year, from, to, page)
                    .map(row -> covering((AssignmentEntity) row[0], (SpecialistEntity) row[1], industry));
        });
    }

    /**
     * Why the assignment covers the industry, which the query has established: the industries it names, else the
     * specialist's first field matching, else (issue 19) a confirmed log of the year in the county naming it.
     */
    private static CoveringSpecialist covering(AssignmentEntity assignment, SpecialistEntity specialist,
                                               String industry) {
        Optional<String> basis = assignment.getIndustries().isEmpty()
                ? IndustryMatch.firstMatch(specialist.getFields(), industry).map(field -> "field:" + field)
                : assignment.getIndustries().contains(industry) ? Optional.of("assignment") : Optional.empty();
        return new CoveringSpecialist(specialist.getId(), specialist.getName(),
                SupportLevel.valueOf(assignment.getLevel()), basis.orElse("log"));
    }
}
