package io.tepai.core.dispatch;

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
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The coverage matrix of R-GOAL-1, computed from agreements, county teams and assignments in one read, with the
 * dispatched specialists per guidance class (R-TIER-2), counted in the database.
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
        // R-REC-4: who left the programme covers nothing
        List<AssignmentEntity> assignments = repos.assignments().servingInYear(year);
        Map<String, List<AssignmentEntity>> assignmentsByCounty = assignments.stream()
                .collect(Collectors.groupingBy(AssignmentEntity::getCountyCode));
        // the same people read by a query that names them, never by binding every id (issue 17)
        Map<Long, SpecialistEntity> dispatched = repos.specialists().servingInYear(year).stream()
                .collect(Collectors.toMap(SpecialistEntity::getId, Function.identity()));
        Set<String> named = repos.logs().industriesNamed(from, to).stream()
                .map(row -> named((Long) row[0], (String) row[1], (String) row[2])).collect(Collectors.toSet());
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
                List<CoveringSpecialist> specialists = specialists(dispatched, county.getCode(), industry,
                        assignmentsByCounty.getOrDefault(county.getCode(), List.of()), named);
                boolean isCovered = !teams.isEmpty() || !specialists.isEmpty();
                industries.add(new IndustryCoverage(industry, teams, specialists, isCovered));
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

    /** One (specialist, county, industry) a confirmed log names. */
    private static String named(long specialistId, String county, String industry) {
        return specialistId + "\n" + county + "\n" + industry;
    }

    /**
     * Which of the county's assignments cover the industry: through the industries the assignment names, or when it
     * names none, through the specialist's fields; else through a confirmed log of the year in the county that names
     * the industry (basis {@code log}, issue 19).
     */
    private static List<CoveringSpecialist> specialists(Map<Long, SpecialistEntity> byId, String county,
                                                        String industry, List<AssignmentEntity> assignments,
                                                        Set<String> named) {
        List<CoveringSpecialist> specialists = new ArrayList<>();
        for (AssignmentEntity assignment : assignments) {
            Optional<SpecialistEntity> specialist = Optional.ofNullable(byId.get(assignment.getSpecialistId()));
            if (specialist.isEmpty()) {
                continue;
            }
            Optional<String> basis = assignment.getIndustries().isEmpty()
                    ? IndustryMatch.firstMatch(specialist.get().getFields(), industry).map(field -> "field:" + field)
                    : assignment.getIndustries().contains(industry) ? Optional.of("assignment") : Optional.empty();
            if (basis.isEmpty() && named.contains(named(assignment.getSpecialistId(), county, industry))) {
                basis = Optional.of("log");
            }
            basis.ifPresent(b -> specialists.add(new CoveringSpecialist(specialist.get().getId(),
                    specialist.get().getName(), SupportLevel.valueOf(assignment.getLevel()), b)));
        }
        return specialists;
    }
}
