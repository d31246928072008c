package io.tepai.core.field;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.field.Progress;
import io.tepai.api.field.ProgressFilter;
import io.tepai.api.field.ProgressPage;
import io.tepai.api.field.ProgressService;
import io.tepai.api.field.ProgressStatus;
import io.tepai.api.field.SpecialistProgress;
import io.tepai.api.field.TeamProgress;
import io.tepai.api.field.TeamProgress.AgreementProgress;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.core.team.TeamMapper;
import io.tepai.core.tier.SpecialistTiers;
import io.tepai.core.validation.FieldErrors;
import io.tepai.guard.PluginCalls;
import io.tepai.spi.tier.ServiceThreshold;
import io.tepai.store.Repositories;
import io.tepai.store.SpecialistRepository;
import io.tepai.store.Store;
import io.tepai.store.entity.AgreementEntity;
import io.tepai.store.entity.SpecialistEntity;
import io.tepai.store.entity.TeamEntity;
import io.tepai.store.entity.TeamMemberRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Progress against the tiers' annual thresholds (R-SVC-2), from confirmed logs only: a log counts in the
 * programme year it starts in, with its field days and as one service.
 */
@Component(service = ProgressService.class)
public class ProgressServiceImpl implements ProgressService {

    private final Store store;
    private final SpecialistTiers tiers;
    private final ProgrammeCalendar calendar;

    @Activate
    public ProgressServiceImpl(@Reference Store store, @Reference SpecialistTiers tiers,
                               @Reference ProgrammeCalendar calendar) {
        this.store = store;
        this.tiers = tiers;
        this.calendar = calendar;
    }

    @Override
    public Progress progress(Actor actor, int year, ProgressFilter filter) {
        Request asked = request(actor, year, filter);
        ProgressFilter effective = asked.filter();
        Optional<Long> own = asked.own();
        LocalDate from = asked.from();
        LocalDate to = asked.to();
        double share = asked.share();
        return store.read(repos -> {
            List<SpecialistEntity> inScope = inScope(repos, effective, year, from, to).stream()
                    .filter(s -> own.isEmpty() || own.get().equals(s.getId())).toList();
            // summed in the database: the whole city's year when unfiltered, else only the people in scope
            Map<Long, Served> served = Served.bySpecialist(isFiltered(effective) || own.isPresent()
                    ? repos.logs().confirmedTotalsOf(ids(inScope), from, to)
                    : repos.logs().confirmedTotals(from, to));
            List<SpecialistProgress> specialists = new ArrayList<>();
            Map<String, Integer> people = new HashMap<>();
            Map<String, Served> byClass = new HashMap<>();
            for (SpecialistEntity specialist : inScope) {
                Served done = served.getOrDefault(specialist.getId(), Served.NONE);
                specialists.add(progressOf(specialist, done.days(), done.services(), share));
                people.merge(specialist.getClassification(), 1, Integer::sum);
                byClass.merge(specialist.getClassification(), done, Served::plus);
            }
            specialists.sort(Comparator.comparing(SpecialistProgress::name).thenComparing(SpecialistProgress::specialistId));
            List<SpecialistProgress> behind = specialists.stream()
                    .filter(p -> p.status() == ProgressStatus.BEHIND)
                    .sorted(Comparator.comparingDouble(ProgressServiceImpl::bestShare)).toList();
            List<TeamProgress> teams = teams(repos, effective, from, to).stream()
                    .filter(team -> own.isEmpty() || isMember(repos, team.teamId(), own.get())).toList();
            return new Progress(year, from, to, asked.asOf(), share, specialists, behind, teams,
                    GuidanceClasses.progress(people, byClass.entrySet().stream().collect(Collectors.toMap(
                            Map.Entry::getKey, e -> new Object[] {e.getValue().days(), e.getValue().services()}))));
        });
    }

    /**
     * Issue 17: the specialists in scope a page at a time, by name, paged and counted in the database, their service
     * summed for the page only and per guidance class for the whole scope; nothing read per specialist of the scope.
     */
    @Override
    public ProgressPage progress(Actor actor, int year, ProgressFilter filter, PageRequest page) {
        Objects.requireNonNull(page, "page");
        Request asked = request(actor, year, filter);
        ProgressFilter effective = asked.filter();
        Optional<Long> own = asked.own();
        LocalDate from = asked.from();
        LocalDate to = asked.to();
        double share = asked.share();
        return store.read(repos -> {
            SpecialistRepository.ProgressScope scope = scope(repos, effective, own.orElse(null), year, from, to);
            Map<String, Integer> counts = new HashMap<>();
            repos.specialists().progressPeopleByClass(scope)
                    .forEach(row -> counts.put((String) row[0], ((Number) row[1]).intValue()));
            long total = counts.values().stream().mapToLong(Integer::longValue).sum();
            Page<SpecialistEntity> people = repos.specialists().progressPage(scope, page, total);
            Map<Long, Served> served = Served.bySpecialist(repos.logs().confirmedTotalsOf(
                    ids(people.items()), from, to));
            Page<SpecialistProgress> specialists = people.map(s -> {
                Served done = served.getOrDefault(s.getId(), Served.NONE);
                return progressOf(s, done.days(), done.services(), share);
            });
            Map<String, Object[]> byClass = new HashMap<>();
            repos.specialists().progressServiceByClass(scope)
                    .forEach(row -> byClass.put((String) row[0], new Object[] {row[1], row[2]}));
            List<TeamProgress> teams = teams(repos, effective, from, to).stream()
                    .filter(team -> own.isEmpty() || isMember(repos, team.teamId(), own.get())).toList();
            return new ProgressPage(year, from, to, asked.asOf(), share, specialists, teams,
                    GuidanceClasses.progress(counts, byClass));
        });
    }

    /** The filter as conditions the database applies (the same specialists as {@link #inScope}). */
    /** What both forms of progress start from: the actor's narrowed filter and the year's days as of today. */
    private record Request(ProgressFilter filter, Optional<Long> own, LocalDate from, LocalDate to, LocalDate asOf,
                           double share) {
    }

    private Request request(Actor actor, int year, ProgressFilter filter) {
        Objects.requireNonNull(actor, "actor");
        new FieldErrors().year("year", year).throwIfAny();
        LocalDate from = calendar.firstDay(year);
        LocalDate to = calendar.lastDay(year);
        LocalDate today = calendar.today();
        LocalDate asOf = today.isBefore(from) ? from : today.isAfter(to) ? to : today;
        return new Request(ReadScope.narrow(actor, filter == null ? ProgressFilter.ALL : filter),
                ReadScope.ownOnly(actor), from, to, asOf, calendar.shareElapsed(year, today));
    }

    private static SpecialistRepository.ProgressScope scope(Repositories repos, ProgressFilter filter, Long own,
                                                            int year, LocalDate from, LocalDate to) {
        String county = filter.county() == null || filter.county().isBlank() ? null : filter.county().strip();
        Set<Long> members = filter.teamId() == null ? null : repos.teams().find(filter.teamId())
                .map(team -> team.getMembers().stream().map(TeamMemberRow::getSpecialistId)
                        .collect(Collectors.toSet())).orElse(Set.of());
        String unit = filter.unit() == null || filter.unit().isBlank() ? null : filter.unit().strip();
        String guidanceClass = filter.guidanceClass() == null ? null : filter.guidanceClass().name();
        return new SpecialistRepository.ProgressScope(county, members, unit, guidanceClass, own, year, from, to);
    }

    /** Confirmed service summed in the database: field days and number of logs. */
    private record Served(BigDecimal days, int services) {

        static final Served NONE = new Served(BigDecimal.ZERO, 0);

        /** Rows of specialist id, field days, number of logs, by specialist. */
        static Map<Long, Served> bySpecialist(List<Object[]> rows) {
            Map<Long, Served> served = new HashMap<>();
            rows.forEach(row -> served.put((Long) row[0], of(row[1], row[2])));
            return served;
        }

        static Served of(Object days, Object services) {
            return new Served(days == null ? BigDecimal.ZERO : (BigDecimal) days, ((Number) services).intValue());
        }

        Served plus(Served other) {
            return new Served(days.add(other.days), services + other.services);
        }
    }

    private static boolean isFiltered(ProgressFilter filter) {
        return filter.county() != null && !filter.county().isBlank() || filter.teamId() != null
                || filter.unit() != null && !filter.unit().isBlank() || filter.guidanceClass() != null;
    }

    private static Set<Long> ids(List<SpecialistEntity> specialists) {
        return specialists.stream().map(SpecialistEntity::getId).collect(Collectors.toSet());
    }

    /**
     * The specialists a filter selects: dispatched to the county that year, of the unit, on the team, of the guidance
     * class (R-TIER-2); without a filter every active specialist and whoever has confirmed service in the year. Read
     * by a query that names the set (issue 17: never a list of every id bound into one statement).
     */
    private static List<SpecialistEntity> inScope(Repositories repos, ProgressFilter filter, int year,
                                                  LocalDate from, LocalDate to) {
        String county = filter.county() == null || filter.county().isBlank() ? null : filter.county().strip();
        Set<Long> members = filter.teamId() == null ? null : repos.teams().find(filter.teamId())
                .map(team -> team.getMembers().stream().map(TeamMemberRow::getSpecialistId)
                        .collect(Collectors.toSet())).orElse(Set.of());
        List<SpecialistEntity> result;
        if (county != null) {
            result = repos.specialists().dispatchedTo(county, year).stream()
                    .filter(s -> members == null || members.contains(s.getId())).toList();
        } else if (members != null) {
            result = repos.specialists().byIds(members);
        } else {
            result = repos.specialists().activeOrServed(SpecialistStatus.ACTIVE.name(), from, to);
        }
        String unit = filter.unit() == null || filter.unit().isBlank() ? null : filter.unit().strip();
        String guidanceClass = filter.guidanceClass() == null ? null : filter.guidanceClass().name();
        // R-REC-4: who left the programme has no threshold to meet any more
        return result.stream().filter(s -> unit == null || unit.equals(s.getUnitCode()))
                .filter(s -> guidanceClass == null || guidanceClass.equals(s.getClassification()))
                .filter(s -> !SpecialistStatus.EXITED.name().equals(s.getStatus())).toList();
    }

    private SpecialistProgress progressOf(SpecialistEntity specialist, BigDecimal days, int services, double share) {
        // a tier plug-in that fails to say its threshold counts as a tier that is not loaded
        Optional<ServiceThreshold> threshold = tiers.tier(specialist.getTierId()).flatMap(tier -> Optional.ofNullable(
                PluginCalls.onCallerThread().call(specialist.getTierId(), tier::annualServiceThreshold).value()));
        ServiceThreshold t = threshold.orElse(ServiceThreshold.none());
        ProgressStatus status;
        String explanation;
        String explanationZh;
        if (threshold.isEmpty()) {
            status = ProgressStatus.NO_THRESHOLD;
            explanation = "tier '" + specialist.getTierId() + "' is not loaded; " + done(days, services);
            explanationZh = "层级 " + specialist.getTierId() + " 未加载；" + doneZh(days, services);
        } else if (t.isNone()) {
            status = ProgressStatus.NO_THRESHOLD;
            explanation = "the tier sets no threshold; " + done(days, services);
            explanationZh = "所属层级未设年度服务门槛；" + doneZh(days, services);
        } else {
            status = Threshold.status(t, days, services, share);
            explanation = Threshold.explain(t, days, services, share, status);
            explanationZh = Threshold.explainZh(t, days, services, share, status);
        }
        return new SpecialistProgress(specialist.getId(), specialist.getName(), specialist.getUnitCode(),
                specialist.getTierId(), t.minFieldDays(), t.minServices(), days, services, status, explanation,
                explanationZh);
    }

    private static String done(BigDecimal days, int services) {
        return days.stripTrailingZeros().toPlainString() + " field days and " + services + " services confirmed";
    }

    private static String doneZh(BigDecimal days, int services) {
        return "已确认服务 " + days.stripTrailingZeros().toPlainString() + " 天、" + services + " 次";
    }

    /** How far along a specialist is on the better of the two criteria, for ordering those behind. */
    private static double bestShare(SpecialistProgress p) {
        return Threshold.fulfilled(new ServiceThreshold(p.minFieldDays(), p.minServices()), p.fieldDays(),
                p.services());
    }

    /**
     * Teams fulfil their agreements (R-SVC-2): the tasks each signing county recorded as fulfilled, and their members'
     * confirmed service there, summed in the database per member and county.
     */
    private static List<TeamProgress> teams(Repositories repos, ProgressFilter filter, LocalDate from, LocalDate to) {
        Map<Long, List<AgreementEntity>> byTeam = new HashMap<>();
        for (AgreementEntity agreement : repos.agreements().inForce(from, to)) {
            boolean county = filter.county() == null || filter.county().isBlank()
                    || agreement.getCountyCode().equals(filter.county().strip());
            boolean team = filter.teamId() == null || filter.teamId() == agreement.getTeamId();
            if (county && team) {
                byTeam.computeIfAbsent(agreement.getTeamId(), id -> new ArrayList<>()).add(agreement);
            }
        }
        Map<Long, TeamEntity> teamsById = new HashMap<>();
        byTeam.keySet().forEach(teamId -> teamsById.put(teamId, repos.teams().find(teamId).orElseThrow()));
        Set<Long> everyMember = teamsById.values().stream().flatMap(team -> team.getMembers().stream())
                .map(TeamMemberRow::getSpecialistId).collect(Collectors.toSet());
        Map<String, Served> servedIn = new HashMap<>();
        repos.logs().confirmedTotalsByCounty(everyMember, from, to)
                .forEach(row -> servedIn.put(row[0] + "\n" + row[1], Served.of(row[2], row[3])));
        List<TeamProgress> teams = new ArrayList<>();
        byTeam.keySet().stream().sorted().forEach(teamId -> {
            TeamEntity team = teamsById.get(teamId);
            List<AgreementProgress> agreements = byTeam.get(teamId).stream().map(agreement -> {
                Served served = team.getMembers().stream().map(TeamMemberRow::getSpecialistId).distinct()
                        .map(member -> servedIn.getOrDefault(member + "\n" + agreement.getCountyCode(), Served.NONE))
                        .reduce(Served.NONE, Served::plus);
                return AgreementProgress.of(agreement.getId(), agreement.getCountyCode(), TeamMapper.tasks(agreement),
                        served.days(), served.services());
            }).toList();
            teams.add(new TeamProgress(teamId, team.getName(), agreements));
        });
        return teams;
    }

    private static boolean isMember(Repositories repos, long teamId, long specialistId) {
        return repos.teams().find(teamId).map(team -> team.getMembers().stream()
                .anyMatch(member -> member.getSpecialistId() == specialistId)).orElse(false);
    }
}
