package io.tepai.core.evaluation;

import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.team.TaskFulfilment;
import io.tepai.core.dispatch.IndustryMatch;
import io.tepai.core.tier.SpecialistTiers;
import io.tepai.guard.PluginCalls;
import io.tepai.spi.evaluation.Subject;
import io.tepai.spi.evaluation.SubjectData;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.spi.tier.Evaluator;
import io.tepai.spi.tier.SpecialistTier;
import io.tepai.store.Repositories;
import io.tepai.store.entity.AgreementEntity;
import io.tepai.store.entity.AgreementTaskRow;
import io.tepai.store.entity.AssignmentEntity;
import io.tepai.store.entity.CoordinationRequestEntity;
import io.tepai.store.entity.CountyEntity;
import io.tepai.store.entity.DemonstrationBaseEntity;
import io.tepai.store.entity.MenteeEntity;
import io.tepai.store.entity.ServiceLogEntity;
import io.tepai.store.entity.SpecialistEntity;
import io.tepai.store.entity.TeamEntity;
import io.tepai.store.entity.TeamMemberRow;
import io.tepai.store.entity.TrainingEntity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Gathers each subject of a round and its records for one programme year (R-EVAL-2), in one read transaction:
 * <ul>
 * <li>specialists: those dispatched to the evaluating county in the year, except specialists of a tier whose own
 * unit evaluates them (R-TIER-1); records from their service in that county;</li>
 * <li>teams: in the city's round the city-level teams, in a county's round the county-level teams that county leads
 * (R-TEAM-4), active or closed, whose term overlaps the year; records of all their members, and the agreed tasks of
 * their agreements in force in the year as the signing counties recorded them (R-SVC-2);</li>
 * <li>counties' work: every county; records of the specialists dispatched there, from their service there;</li>
 * <li>units: every unit with a specialist dispatched in the year; records of those specialists.</li>
 * </ul>
 * Only confirmed logs count (R-SVC-3). Each specialist's fulfilment of the tier threshold uses all their confirmed
 * service in the year, wherever it was.
 * <p>
 * Issue 17 (national scale, 850,000 specialists and 10 million logs a year): the city's UNIT round never reads a log.
 * Its subjects' service is summed in the database per specialist and county (field days, number of logs, of rated
 * logs and of logs with outcome indicators, the sum of the ratings), and the year's dispatch is read a chunk of
 * specialists at a time by id, each chunk folded into its units' tallies ({@link Tally}) and forgotten: the heap holds
 * a few numbers per dispatched specialist, never the dispatch as entities nor its year of logs. A unit's
 * {@link SubjectData#services()}, {@link SubjectData#requests()} and {@link SubjectData#members()} are therefore
 * empty. No plug-in ever sees them: only a county's local criteria run on a subject, and a unit has no county
 * ({@code RoundComputer}); the built-in criteria score the totals ({@link SubjectFacts.ServiceTotals}), which equal
 * those of the list, and score no request. Should a criterion ever be run on units, their services must be handed to
 * it a page at a time, not read here for the whole dispatch.
 * <p>
 * The same holds for a county's SPECIALIST round when none of the county's local criteria applies to specialists,
 * and for the city's COUNTY_WORK round when no county's applies to counties' work ({@code RoundComputer} knows): no
 * plug-in sees the subjects' data, so their service is summed in the database per specialist and county (two queries
 * per thousand specialists instead of every log, its recipients and outcome indicators as entities), their services,
 * requests and (for counties' work) members are not listed, and counties' work is folded a chunk of the dispatch at a
 * time as units are. When a criterion applies, they are listed: then a county's work still reads the whole year's
 * dispatch and its logs at once, as SPI 1.1 promises the criterion every service of it.
 */
final class EvaluationData {

    private final Repositories repos;
    private final SpecialistTiers tiers;
    private final int year;
    private final LocalDate from;
    private final LocalDate to;
    /** Requests are instants; which day they were raised on is the programme's zone's. */
    private final ZoneId zone;
    private final Map<String, List<String>> leadingIndustries;
    /** The records of the subjects' specialists, read once per set when a round's subjects are known. */
    private Records records = Records.NONE;
    /** The SPECIALIST subjects' dispatch of the year as read to find them, for their records not to read it again. */
    private List<AssignmentEntity> dispatchRead;
    /** Specialists per chunk when the year's dispatch is folded into units or counties' work. */
    private final int chunkSize;

    EvaluationData(Repositories repos, SpecialistTiers tiers, ProgrammeCalendar calendar, int year) {
        this(repos, tiers, calendar, year, RoundComputer.CHUNK);
    }

    EvaluationData(Repositories repos, SpecialistTiers tiers, ProgrammeCalendar calendar, int year, int chunkSize) {
        this.repos = repos;
        this.chunkSize = chunkSize;
        this.tiers = tiers;
        this.year = year;
        this.zone = calendar.zone();
        this.from = calendar.firstDay(year);
        this.to = calendar.lastDay(year);
        this.leadingIndustries = repos.counties().all().stream()
                .collect(Collectors.toMap(CountyEntity::getCode, CountyEntity::getLeadingIndustries));
    }

    /** A subject before its records are read: who it covers, and which counties' records count. */
    private record Pending(Subject subject, List<SpecialistEntity> specialists, Predicate<String> inCounty,
                           SubjectFacts.AgreementTasks tasks) {

        Pending(Subject subject, List<SpecialistEntity> specialists, Predicate<String> inCounty) {
            this(subject, specialists, inCounty, null);
        }
    }

    /**
     * Everything the subjects' specialists did in the year, read for the whole set in a few queries (one per kind of
     * record per thousand specialists), never per subject (issue 17: four queries per subject, plus every log's
     * recipients one by one, made a county round of 1,962 subjects take minutes).
     */
    private record Records(Map<Long, List<ServiceLogEntity>> logs,
                           Map<Long, Map<String, AssignmentEntity>> dispatch,
                           Map<Long, String> recipientKinds,
                           Map<Long, List<CoordinationRequestEntity>> requests,
                           Map<Long, List<TrainingEntity>> trainings,
                           Map<Long, List<DemonstrationBaseEntity>> bases,
                           Map<Long, List<MenteeEntity>> mentees,
                           Map<Long, Map<String, Served>> totals) {

        static final Records NONE = new Records(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                null);

        /**
         * True when the service is read as totals per specialist and county (a round no plug-in criterion reads),
         * not as logs.
         */
        boolean summed() {
            return totals != null;
        }
    }

    /** One specialist's confirmed service in the year (in a county, or anywhere), summed in the database. */
    private record Served(BigDecimal days, SubjectFacts.ServiceTotals services) {

        static final Served NONE = new Served(BigDecimal.ZERO, SubjectFacts.ServiceTotals.NONE);

        Served plus(Served other) {
            return new Served(days.add(other.days), services.plus(other.services));
        }
    }

    /**
     * These specialists' confirmed service in the year per county, in two aggregate queries per thousand of them
     * (issue 17): what the built-in criteria score, without reading a log.
     */
    private Map<Long, Map<String, Served>> servedByCounty(Set<Long> ids) {
        Map<List<Object>, Long> withOutcomes = new HashMap<>();
        for (Object[] row : repos.logs().confirmedWithOutcomesByCountyOf(ids, from, to)) {
            withOutcomes.put(List.of(((Number) row[0]).longValue(), row[1]), ((Number) row[2]).longValue());
        }
        Map<Long, Map<String, Served>> served = new HashMap<>();
        for (Object[] row : repos.logs().confirmedScoredByCountyOf(ids, from, to)) {
            long id = ((Number) row[0]).longValue();
            served.computeIfAbsent(id, key -> new HashMap<>()).put((String) row[1], served(row, 2,
                    withOutcomes.getOrDefault(List.of(id, row[1]), 0L)));
        }
        return served;
    }

    /** A row's field days, number of logs, of rated logs and the sum of their ratings, from {@code at} on. */
    private static Served served(Object[] row, int at, long withOutcomes) {
        return new Served((BigDecimal) row[at], new SubjectFacts.ServiceTotals(((Number) row[at + 1]).longValue(),
                withOutcomes, ((Number) row[at + 2]).longValue(),
                row[at + 3] == null ? 0 : ((Number) row[at + 3]).longValue()));
    }

    /**
     * @param listed whether the subjects' services, requests and recipients are listed for a plug-in criterion, or
     *               their service summed (see the class comment)
     */
    private Records read(Set<Long> ids, SubjectKind kind, boolean listed) {
        if (!listed) {
            return summed(ids);
        }
        // a county's work listed for a criterion reads the whole dispatch's logs at once (see the class comment)
        Map<Long, List<ServiceLogEntity>> logs = (kind == SubjectKind.COUNTY_WORK
                ? repos.logs().confirmedOfDispatched(year, from, to) : repos.logs().confirmedOf(ids, from, to)).stream()
                .collect(Collectors.groupingBy(ServiceLogEntity::getSpecialistId));
        Map<Long, Map<String, AssignmentEntity>> dispatch = new HashMap<>();
        (dispatchRead != null ? dispatchRead : repos.assignments().ofSpecialists(ids, year))
                .forEach(a -> dispatch.computeIfAbsent(a.getSpecialistId(), id -> new HashMap<>())
                        .put(a.getCountyCode(), a));
        Map<Long, String> kinds = repos.recipients().kindsOf(logs.values().stream().flatMap(List::stream)
                .flatMap(log -> log.getRecipientIds().stream()).collect(Collectors.toSet()));
        Map<Long, List<CoordinationRequestEntity>> requests = repos.requests().raisedBy(ids,
                        from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .collect(Collectors.groupingBy(CoordinationRequestEntity::getSpecialistId));
        return withRecords(new Records(logs, dispatch, kinds, requests, Map.of(), Map.of(), Map.of(), null), ids);
    }

    /**
     * The records of subjects no plug-in criterion reads (issue 17): their service summed per county, no logs, no
     * recipients; no requests, which no built-in criterion scores. What the built-in criteria score is the same.
     */
    private Records summed(Set<Long> ids) {
        return withRecords(new Records(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                servedByCounty(ids)), ids);
    }

    /** These records with the specialists' training, bases and mentees of the year. */
    private Records withRecords(Records records, Set<Long> ids) {
        return new Records(records.logs(), records.dispatch(), records.recipientKinds(), records.requests(),
                repos.records().trainingsOf(ids, from, to).stream()
                        .collect(Collectors.groupingBy(TrainingEntity::getSpecialistId)),
                repos.records().basesOf(ids, from, to).stream()
                        .collect(Collectors.groupingBy(DemonstrationBaseEntity::getSpecialistId)),
                repos.records().menteesOf(ids, from, to).stream()
                        .collect(Collectors.groupingBy(MenteeEntity::getSpecialistId)),
                records.totals());
    }

    /**
     * The round's subjects with their records, listed for plug-in criteria (a unit's are never listed).
     *
     * @param inputs the evaluator's inputs per subject key, kept from earlier computations
     */
    List<SubjectFacts> subjects(SubjectKind kind, String county, Map<String, Map<String, BigDecimal>> inputs) {
        return subjects(kind, county, inputs, true);
    }

    /**
     * @param listed whether the subjects' services and requests are listed (a plug-in criterion reads them); otherwise
     *               summed, and counties' work folded a chunk of the dispatch at a time (see the class comment); a
     *               team's are always listed, a unit's never
     */
    List<SubjectFacts> subjects(SubjectKind kind, String county, Map<String, Map<String, BigDecimal>> inputs,
                                boolean listed) {
        return switch (kind) {
            case SPECIALIST -> specialists(county, specialistIds(county), inputs, listed);
            case TEAM -> facts(teams(county), kind, inputs, true);
            case COUNTY_WORK -> listed ? facts(counties(), kind, inputs, true) : folded(kind, inputs);
            case UNIT -> folded(kind, inputs);
        };
    }

    /**
     * The ids of the specialists dispatched to the county in the year, ascending: the candidates for its SPECIALIST
     * round, read as ids alone so that a round over tens of thousands can read them a chunk at a time (issue 17).
     */
    List<Long> specialistIds(String county) {
        return repos.assignments().specialistIdsOf(county, year);
    }

    /**
     * The SPECIALIST subjects among these specialists (R-EVAL-2: dispatched to the county in the year, not of a tier
     * their own unit evaluates, R-TIER-1) with their records: a fixed number of queries per thousand specialists.
     *
     * @param listed whether their services and requests are listed (a plug-in criterion reads them); otherwise their
     *               service is summed in the database and {@link SubjectData#services()} and
     *               {@link SubjectData#requests()} are empty, as for a unit (issue 17)
     */
    List<SubjectFacts> specialists(String county, java.util.Collection<Long> ids,
                                   Map<String, Map<String, BigDecimal>> inputs, boolean listed) {
        return facts(specialists(county, ids), SubjectKind.SPECIALIST, inputs, listed);
    }

    private List<SubjectFacts> facts(List<Pending> pending, SubjectKind kind,
                                     Map<String, Map<String, BigDecimal>> inputs, boolean listed) {
        records = read(pending.stream().flatMap(p -> p.specialists().stream()).map(SpecialistEntity::getId)
                .collect(Collectors.toSet()), kind, listed);
        return pending.stream().map(p -> {
            SubjectFacts facts = facts(p.subject(), p.specialists(), p.inCounty(), inputs);
            return p.tasks() == null ? facts : facts.withTasks(p.tasks());
        }).toList();
    }

    private List<Pending> specialists(String county, java.util.Collection<Long> ids) {
        List<String> leading = leadingIndustries.getOrDefault(county, List.of());
        dispatchRead = repos.assignments().ofSpecialists(ids, year);
        Map<Long, AssignmentEntity> assignments = new HashMap<>();
        dispatchRead.stream().filter(a -> county.equals(a.getCountyCode()))
                .forEach(a -> assignments.putIfAbsent(a.getSpecialistId(), a));
        List<Pending> subjects = new ArrayList<>();
        for (SpecialistEntity specialist : repos.specialists().byIds(ids)) {
            AssignmentEntity assignment = assignments.get(specialist.getId());
            if (assignment == null || evaluatedByOwnUnit(specialist)) {
                continue;
            }
            Subject subject = member(specialist, county, industriesServed(assignment, specialist, leading));
            subjects.add(new Pending(subject, List.of(specialist), county::equals));
        }
        return subjects;
    }

    /**
     * The leading industries an assignment names; when it names none, those of the county's leading industries that
     * one of the specialist's fields serves, matched as the coverage matrix matches them (R-GOAL-1).
     */
    private static Set<String> industriesServed(AssignmentEntity assignment, SpecialistEntity specialist,
                                                List<String> leading) {
        if (!assignment.getIndustries().isEmpty()) {
            return new LinkedHashSet<>(assignment.getIndustries());
        }
        return leading.stream().filter(industry -> IndustryMatch.firstMatch(specialist.getFields(), industry)
                .isPresent()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A specialist as a subject, or as a member of one (SPI 1.1): fields of expertise and guidance class too. */
    private static Subject member(SpecialistEntity specialist, String county, Set<String> industries) {
        return new Subject(SubjectKind.SPECIALIST, String.valueOf(specialist.getId()), specialist.getName(), county,
                specialist.getUnitCode(), specialist.getTierId(), industries,
                new LinkedHashSet<>(specialist.getFields()), specialist.getClassification());
    }

    /** The fields of everyone a team, a county's work or a unit covers. */
    private static Set<String> fieldsOf(List<SpecialistEntity> specialists) {
        return specialists.stream().flatMap(s -> s.getFields().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private boolean evaluatedByOwnUnit(SpecialistEntity specialist) {
        return tiers.tier(specialist.getTierId()).map(t -> safeEvaluator(t) == Evaluator.DISPATCHING_UNIT)
                .orElse(false);
    }

    private static Evaluator safeEvaluator(SpecialistTier tier) {
        return PluginCalls.onCallerThread().call(tier.getClass().getName(), tier::evaluator).value();
    }

    /**
     * R-EVAL-2, R-TEAM-4 (issue 20): the city evaluates city teams; the county that leads a county-level team
     * evaluates it. Which teams a round holds follows from the round's county alone, so no round holds a team of
     * another county or of the other level. A team is evaluated for the years its term overlaps.
     */
    private List<Pending> teams(String county) {
        List<TeamEntity> teams = county == null ? repos.teams().servedIn("CITY", null, from, to)
                : repos.teams().servedIn("COUNTY", county, from, to);
        Map<Long, List<AgreementEntity>> agreements = repos.agreements().inForce(from, to).stream()
                .collect(Collectors.groupingBy(AgreementEntity::getTeamId));
        Map<Long, SpecialistEntity> everyMember = byId(repos.specialists().byIds(teams.stream()
                .flatMap(team -> team.getMembers().stream()).map(TeamMemberRow::getSpecialistId)
                .collect(Collectors.toSet())));
        List<Pending> subjects = new ArrayList<>();
        for (TeamEntity team : teams) {
            List<SpecialistEntity> members = team.getMembers().stream().map(TeamMemberRow::getSpecialistId)
                    .distinct().sorted().map(everyMember::get).filter(Objects::nonNull).toList();
            Subject subject = new Subject(SubjectKind.TEAM, String.valueOf(team.getId()), team.getName(), county,
                    team.getUnitCode(), null, Set.of(team.getIndustry()), fieldsOf(members), null);
            subjects.add(new Pending(subject, members, c -> true,
                    tasks(agreements.getOrDefault(team.getId(), List.of()))));
        }
        return subjects;
    }

    /** Specialists by id, in the order read (by id). */
    private static Map<Long, SpecialistEntity> byId(List<SpecialistEntity> specialists) {
        Map<Long, SpecialistEntity> people = new LinkedHashMap<>();
        specialists.forEach(s -> people.put(s.getId(), s));
        return people;
    }

    /** R-SVC-2 (issue 20): the team's agreed tasks by what the signing counties recorded. */
    private static SubjectFacts.AgreementTasks tasks(List<AgreementEntity> agreements) {
        List<String> recorded = agreements.stream().flatMap(a -> a.getTasks().stream())
                .map(AgreementTaskRow::getFulfilment).toList();
        return new SubjectFacts.AgreementTasks(recorded.size(), count(recorded, TaskFulfilment.FULFILLED),
                count(recorded, TaskFulfilment.PARTLY), count(recorded, TaskFulfilment.NOT_FULFILLED));
    }

    private static int count(List<String> recorded, TaskFulfilment which) {
        return (int) recorded.stream().filter(which.name()::equals).count();
    }

    /** Every county's work with its whole dispatch as entities: for a criterion that reads it (the listed path). */
    private List<Pending> counties() {
        List<Pending> subjects = new ArrayList<>();
        for (CountyEntity county : repos.counties().all()) {
            List<SpecialistEntity> dispatched = repos.specialists().dispatchedTo(county.getCode(), year);
            subjects.add(new Pending(countyWork(county, fieldsOf(dispatched)), dispatched, county.getCode()::equals));
        }
        return subjects;
    }

    private static Subject countyWork(CountyEntity county, Set<String> fields) {
        return new Subject(SubjectKind.COUNTY_WORK, county.getCode(), county.getNameZh(), county.getCode(), null, null,
                new LinkedHashSet<>(county.getLeadingIndustries()), fields, null);
    }

    private static Subject unit(String code, Map<String, String> names) {
        return new Subject(SubjectKind.UNIT, code, Objects.requireNonNullElse(names.get(code), code), null, code, null,
                Set.of(), Set.of(), null);
    }

    /**
     * R-EVAL-2 (issue 17): the city's UNIT round (every unit with a specialist dispatched in the year, its records
     * those of its dispatched specialists, wherever they served) or its COUNTY_WORK round no criterion reads (every
     * county, its records those of the specialists dispatched there, from their service there), read a chunk of the
     * year's dispatch at a time by id: each chunk's ids (a page of the year's assignments), specialists, their dispatch
     * (for counties), their service summed per county and their training, bases and mentees, in a fixed number of
     * queries, folded into the subjects' tallies and forgotten. Specialists are folded in id order, as the whole
     * dispatch was read before.
     */
    private List<SubjectFacts> folded(SubjectKind kind, Map<String, Map<String, BigDecimal>> inputs) {
        boolean units = kind == SubjectKind.UNIT;
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<String, String> unitNames = units ? repos.units().namesZh() : Map.of();
        if (!units) {
            repos.counties().all().forEach(county -> tallies.put(county.getCode(),
                    new Tally(countyWork(county, Set.of()), county.getCode()::equals)));
        }
        for (List<Long> page = repos.assignments().dispatchedIdsAfter(year, 0, chunkSize); !page.isEmpty();
             page = repos.assignments().dispatchedIdsAfter(year, page.get(page.size() - 1), chunkSize)) {
            Set<Long> ids = new LinkedHashSet<>(page);
            List<SpecialistEntity> chunk = repos.specialists().byIds(ids);
            records = summed(ids);
            Map<Long, Set<String>> countiesOf = new HashMap<>();
            if (!units) {
                repos.assignments().ofSpecialists(ids, year).forEach(a -> countiesOf
                        .computeIfAbsent(a.getSpecialistId(), id -> new LinkedHashSet<>()).add(a.getCountyCode()));
            }
            for (SpecialistEntity specialist : chunk) {
                if (units) {
                    tallies.computeIfAbsent(specialist.getUnitCode(), code -> new Tally(unit(code, unitNames),
                            c -> true)).add(specialist);
                } else {
                    countiesOf.getOrDefault(specialist.getId(), Set.of()).stream().map(tallies::get)
                            .filter(Objects::nonNull).forEach(tally -> tally.add(specialist));
                }
            }
            repos.clear();
        }
        records = Records.NONE;
        return tallies.values().stream().map(tally -> tally.facts(inputs)).toList();
    }

    /** The subject's records: service, requests, bases and mentees where {@code inCounty} holds; all training. */
    private SubjectFacts facts(Subject subject, List<SpecialistEntity> specialists, Predicate<String> inCounty,
                               Map<String, Map<String, BigDecimal>> inputs) {
        if (records.summed()) {
            Tally tally = new Tally(subject, inCounty);
            specialists.forEach(tally::add);
            return tally.facts(inputs);
        }
        Set<Long> ids = specialists.stream().map(SpecialistEntity::getId).collect(Collectors.toSet());
        List<SubjectData.ServiceRecord> services = new ArrayList<>();
        List<SubjectFacts.Fulfilment> fulfilment = new ArrayList<>();
        BigDecimal fieldDays = BigDecimal.ZERO;
        for (SpecialistEntity specialist : specialists) {
            List<ServiceLogEntity> logs = records.logs().getOrDefault(specialist.getId(), List.of());
            BigDecimal days = logs.stream().map(ServiceLogEntity::getFieldDays).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            fulfilment.add(new SubjectFacts.Fulfilment(days, logs.size(),
                    tiers.tier(specialist.getTierId()).map(EvaluationData::safeThreshold).orElse(null)));
            for (ServiceLogEntity log : logs) {
                if (inCounty.test(log.getCountyCode())) {
                    services.add(new SubjectData.ServiceRecord(log.getStartDate(), log.getEndDate(),
                            log.getFieldDays(), log.getKind(), log.getCountyCode(), log.getRecipientIds().size(),
                            log.getSatisfaction(), log.getOutcomes(), String.valueOf(specialist.getId()),
                            industriesServed(log, specialist), log.getRecipientIds().stream()
                                    .map(records.recipientKinds()::get).filter(Objects::nonNull).toList()));
                    fieldDays = fieldDays.add(log.getFieldDays());
                }
            }
        }
        List<SubjectData.RequestRecord> requests = ofAll(records.requests(), ids,
                Comparator.comparing(CoordinationRequestEntity::getRaisedAt)
                        .thenComparing(CoordinationRequestEntity::getId)).stream()
                .filter(r -> inCounty.test(r.getCountyCode()))
                .map(r -> new SubjectData.RequestRecord(r.getRaisedAt().atZone(zone).toLocalDate(), r.getStatus(),
                        "RESOLVED".equals(r.getStatus())))
                .toList();
        List<SubjectData.TrainingRecord> trainings = ofAll(records.trainings(), ids,
                Comparator.comparing(TrainingEntity::getHeldOn).thenComparing(TrainingEntity::getId)).stream()
                .map(t -> new SubjectData.TrainingRecord(t.getHeldOn(), t.getKind(), t.isGave(), t.getHours()))
                .toList();
        // R-EVAL-1 服务绩效 (issue 20): a base scores in the programme year it was established, not every year after
        List<SubjectData.BaseRecord> bases = ofAll(records.bases(), ids,
                Comparator.comparing(DemonstrationBaseEntity::getEstablishedOn)
                        .thenComparing(DemonstrationBaseEntity::getId)).stream()
                .filter(b -> inCounty.test(b.getCountyCode()))
                .map(b -> new SubjectData.BaseRecord(b.getName(), b.getCountyCode(), b.getEstablishedOn()))
                .toList();
        int mentees = (int) ids.stream().flatMap(id -> records.mentees().getOrDefault(id, List.of()).stream())
                .filter(m -> inCounty.test(m.getCountyCode())).count();
        List<Subject> members = subject.kind() == SubjectKind.SPECIALIST ? List.of(subject)
                : specialists.stream().map(s -> member(s, subject.county(), subject.county() == null ? Set.of()
                        : industriesServed(s, subject.county()))).toList();
        SubjectData data = new SubjectData(subject, year, from, to, specialists.size(), services, requests,
                trainings, bases, mentees, inputs.getOrDefault(subject.key(), Map.of()), members);
        return new SubjectFacts(data, fulfilment, fieldDays);
    }

    /** A training or base with what orders it among a subject's: its day, then its id. */
    private record Dated<T>(LocalDate day, long id, T record) {

        static <T> List<T> sorted(List<Dated<T>> records) {
            return records.stream().sorted(Comparator.comparing((Dated<T> d) -> d.day()).thenComparingLong(Dated::id))
                    .map(Dated::record).toList();
        }
    }

    /**
     * One subject's records summed as its specialists are added, from the {@link #records} of their chunk in their
     * summed form (issue 17): what the built-in criteria score, the same as from the listed records. The tier's
     * threshold counts each specialist's service anywhere; the subject's score, that in its counties ({@code
     * inCounty}; a unit's: everywhere). Kept per specialist: their fulfilment of the threshold; per record, their
     * training and bases in the year. A group's fields are gathered as its specialists are added; its members are not
     * listed, nor anyone's services and requests (no plug-in criterion reads them).
     */
    private final class Tally {

        private final Subject subject;
        private final Predicate<String> inCounty;
        private final Set<String> fields = new LinkedHashSet<>();
        private final List<SubjectFacts.Fulfilment> fulfilment = new ArrayList<>();
        private final List<Dated<SubjectData.TrainingRecord>> trainings = new ArrayList<>();
        private final List<Dated<SubjectData.BaseRecord>> bases = new ArrayList<>();
        private int specialists;
        private int mentees;
        private BigDecimal fieldDays = BigDecimal.ZERO;
        private SubjectFacts.ServiceTotals services = SubjectFacts.ServiceTotals.NONE;

        Tally(Subject subject, Predicate<String> inCounty) {
            this.subject = subject;
            this.inCounty = inCounty;
        }

        void add(SpecialistEntity specialist) {
            long id = specialist.getId();
            specialists++;
            fields.addAll(specialist.getFields());
            Served anywhere = Served.NONE;
            Served here = Served.NONE;
            for (Map.Entry<String, Served> served : records.totals().getOrDefault(id, Map.of()).entrySet()) {
                anywhere = anywhere.plus(served.getValue());
                if (inCounty.test(served.getKey())) {
                    here = here.plus(served.getValue());
                }
            }
            fulfilment.add(new SubjectFacts.Fulfilment(anywhere.days(), (int) anywhere.services().count(),
                    tiers.tier(specialist.getTierId()).map(EvaluationData::safeThreshold).orElse(null)));
            fieldDays = fieldDays.add(here.days());
            services = services.plus(here.services());
            records.trainings().getOrDefault(id, List.of()).forEach(t -> trainings.add(new Dated<>(t.getHeldOn(),
                    t.getId(), new SubjectData.TrainingRecord(t.getHeldOn(), t.getKind(), t.isGave(), t.getHours()))));
            records.bases().getOrDefault(id, List.of()).stream().filter(b -> inCounty.test(b.getCountyCode()))
                    .forEach(b -> bases.add(new Dated<>(b.getEstablishedOn(), b.getId(),
                            new SubjectData.BaseRecord(b.getName(), b.getCountyCode(), b.getEstablishedOn()))));
            mentees += (int) records.mentees().getOrDefault(id, List.of()).stream()
                    .filter(m -> inCounty.test(m.getCountyCode())).count();
        }

        SubjectFacts facts(Map<String, Map<String, BigDecimal>> inputs) {
            boolean group = subject.kind() != SubjectKind.SPECIALIST;
            Subject whole = group ? new Subject(subject.kind(), subject.key(), subject.name(), subject.county(),
                    subject.unit(), subject.tier(), subject.industries(), fields, subject.guidanceClass()) : subject;
            SubjectData data = new SubjectData(whole, year, from, to, specialists, List.of(), List.of(),
                    Dated.sorted(trainings), Dated.sorted(bases), mentees, inputs.getOrDefault(whole.key(), Map.of()),
                    group ? List.of() : List.of(whole));
            return new SubjectFacts(data, fulfilment, fieldDays, SubjectFacts.AgreementTasks.NONE, services);
        }
    }

    /** What a service served (SPI 1.1): the leading industry its log names, else what its dispatch there serves. */
    private Set<String> industriesServed(ServiceLogEntity log, SpecialistEntity specialist) {
        return log.getIndustry() != null ? Set.of(log.getIndustry())
                : industriesServed(specialist, log.getCountyCode());
    }

    /** The industries the specialist's dispatch to the county serves in the year; empty when not dispatched there. */
    private Set<String> industriesServed(SpecialistEntity specialist, String county) {
        AssignmentEntity assignment = records.dispatch().getOrDefault(specialist.getId(), Map.of()).get(county);
        return assignment == null ? Set.of()
                : industriesServed(assignment, specialist, leadingIndustries.getOrDefault(county, List.of()));
    }

    /** The records of all these specialists, in the order the query for one set would have given them. */
    private static <T> List<T> ofAll(Map<Long, List<T>> bySpecialist, Set<Long> ids, Comparator<T> order) {
        return ids.stream().flatMap(id -> bySpecialist.getOrDefault(id, List.of()).stream()).sorted(order).toList();
    }

    private static io.tepai.spi.tier.ServiceThreshold safeThreshold(SpecialistTier tier) {
        return PluginCalls.onCallerThread().call(tier.getClass().getName(), tier::annualServiceThreshold).value();
    }
}
