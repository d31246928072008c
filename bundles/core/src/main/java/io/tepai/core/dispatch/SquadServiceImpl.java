package io.tepai.core.dispatch;

import io.tepai.api.Actor;
import io.tepai.api.FieldError;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.dispatch.Assignment;
import io.tepai.api.dispatch.Squad;
import io.tepai.api.dispatch.SquadMember;
import io.tepai.api.dispatch.SquadOfficers;
import io.tepai.api.dispatch.SquadPage;
import io.tepai.api.dispatch.SquadService;
import io.tepai.api.specialist.Classification;
import io.tepai.api.team.Leader;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.team.Leaders;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.AgreementEntity;
import io.tepai.store.entity.AssignmentEntity;
import io.tepai.store.entity.CountyEntity;
import io.tepai.store.entity.SpecialistEntity;
import io.tepai.store.entity.SquadOfficersEntity;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * County squads (R-SQUAD-1). Members are read from the year's assignments every time, so the squad can never
 * drift from dispatch; only the officers a county names are stored.
 */
@Component(service = SquadService.class)
public class SquadServiceImpl implements SquadService {

    private static final Logger LOG = LoggerFactory.getLogger(SquadServiceImpl.class);
    private static final String AUDIT = "SquadOfficers";

    private final Store store;
    private final ProgrammeCalendar calendar;
    private final Clock clock;

    @Activate
    public SquadServiceImpl(@Reference Store store, @Reference ProgrammeCalendar calendar) {
        this(store, calendar, Clock.systemUTC());
    }

    SquadServiceImpl(Store store, ProgrammeCalendar calendar, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public Squad get(String county, int year, Classification guidanceClass) {
        requireYear(year);
        return store.read(repos -> squad(repos, county(repos, county), year, guidanceClass));
    }

    @Override
    public SquadPage get(String county, int year, Classification guidanceClass, PageRequest page) {
        requireYear(year);
        Objects.requireNonNull(page, "page");
        return store.read(repos -> {
            CountyEntity countyEntity = county(repos, county);
            Page<SquadMember> members = repos.assignments().squadPage(county, year,
                    guidanceClass == null ? null : guidanceClass.name(), page).map(row -> member(
                    (AssignmentEntity) row[0], (SpecialistEntity) row[1]));
            Squad officers = withMembers(repos, countyEntity, year, List.of());
            return new SquadPage(officers.county(), officers.countyName(), year, officers.captain(),
                    officers.captainSource(), officers.deputyCaptain(), officers.liaison(), members,
                    officers.officersVersion(), officers.missingOfficers());
        });
    }

    @Override
    public Squad updateOfficers(Actor actor, String county, int year, long expectedVersion, SquadOfficers officers) {
        Objects.requireNonNull(actor, "actor");
        requireYear(year);
        if (officers == null) {
            throw ValidationException.of("body", "the squad's officers are required");
        }
        new FieldErrors().leader("captain", officers.captain()).leader("deputyCaptain", officers.deputyCaptain())
                .leader("liaison", officers.liaison()).throwIfAny();
        Scopes.requireCounty(actor, county, "name the officers of county '" + county + "''s squad");
        Squad updated = store.write(repos -> {
            CountyEntity countyEntity = county(repos, county);
            Leader captain = Leader.orNone(officers.captain());
            captainAgreement(repos, county, year).ifPresent(agreement -> {
                Leader coLeader = Leaders.toRecord(agreement.getCountyLeader());
                if (captain.hasName() && !captain.name().equals(coLeader.name())) {
                    throw new RuleViolationException("R-SQUAD-1", "the captain of a signing county's squad is the"
                            + " county's co-leader of its team: " + Leaders.describe(coLeader) + " (agreement "
                            + agreement.getId() + "); change the co-leader on the agreement, or leave the captain"
                            + " empty", List.of(new FieldError("captain", "is set by agreement " + agreement.getId())));
                }
            });
            Optional<SquadOfficersEntity> existing = repos.squads().officers(county, year);
            // a squad without named officers is at version 0; its officers row is added with the first change
            SquadOfficersEntity entity = existing.orElseGet(() -> new SquadOfficersEntity(county, year));
            AuditedWrite<SquadOfficersEntity, SquadOfficers> write = AuditedWrite.reading(AUDIT,
                    row -> county + "/" + year, (r, row) -> officersOf(squad(r, countyEntity, year, null)));
            Instant now = Instant.now(clock);
            write.shownAs("Squad officers").update(repos, actor, now, entity, expectedVersion,
                    existing.isPresent() ? "update" : "create", row -> {
                        if (existing.isEmpty()) {
                            repos.squads().addOfficers(row);
                        }
                        row.setOfficers(Leaders.toColumns(captain), Leaders.toColumns(officers.deputyCaptain()),
                                Leaders.toColumns(officers.liaison()), now);
                        return null;
                    });
            return squad(repos, countyEntity, year, null);
        });
        LOG.info("{} named the squad officers of {} for {}", actor.username(), county, year);
        return updated;
    }

    /** @param guidanceClass only the members of this guidance class (R-TIER-2); null for all */
    private Squad squad(Repositories repos, CountyEntity county, int year, Classification guidanceClass) {
        // R-REC-4: who left the programme is no longer in the squad
        // the members' names and units in one query, not one lookup per member (issue 17)
        Map<Long, SpecialistEntity> people = repos.specialists().dispatchedTo(county.getCode(), year).stream()
                .collect(Collectors.toMap(SpecialistEntity::getId, Function.identity()));
        List<SquadMember> members = repos.assignments().servingInCounty(county.getCode(), year).stream()
                .map(a -> member(a, people.get(a.getSpecialistId())))
                .sorted(Comparator.comparing(SquadMember::level).thenComparing(SquadMember::name))
                .filter(m -> guidanceClass == null || m.guidanceClass() == guidanceClass)
                .toList();
        return withMembers(repos, county, year, members);
    }

    /** The squad's officers (R-SQUAD-1) with these members. */
    private Squad withMembers(Repositories repos, CountyEntity county, int year, List<SquadMember> members) {
        Optional<SquadOfficersEntity> officers = repos.squads().officers(county.getCode(), year);
        Optional<AgreementEntity> agreement = captainAgreement(repos, county.getCode(), year);
        Leader captain = SquadOfficerRules.captain(agreement, officers);
        Leader liaison = officers.map(o -> Leaders.toRecord(o.getLiaison())).orElse(Leader.NONE);
        String source = agreement.map(a -> "agreement:" + a.getId()).orElse("county");
        return new Squad(county.getCode(), county.getNameZh(), year, captain, source,
                officers.map(o -> Leaders.toRecord(o.getDeputyCaptain())).orElse(Leader.NONE), liaison,
                members, officers.map(SquadOfficersEntity::getVersion).orElse(0L),
                SquadOfficerRules.missing(captain, liaison));
    }

    private static SquadMember member(AssignmentEntity assignment, SpecialistEntity specialist) {
        Assignment a = AssignmentServiceImpl.toRecord(assignment, Optional.ofNullable(specialist));
        return new SquadMember(a.specialistId(), a.specialistName(), a.unitCode(), a.level(), a.industries(), a.id(),
                classOf(specialist));
    }

    /** The specialist's guidance class (R-TIER-2); null for a member whose record is gone. */
    private static Classification classOf(SpecialistEntity specialist) {
        return specialist == null ? null : Classification.valueOf(specialist.getClassification());
    }

    /** R-SQUAD-1: a signing county's captain is its co-leader of the team ({@link SquadOfficerRules}). */
    private Optional<AgreementEntity> captainAgreement(Repositories repos, String county, int year) {
        return SquadOfficerRules.captainAgreement(repos.agreements().inForce(calendar.firstDay(year),
                calendar.lastDay(year)), county);
    }

    private static SquadOfficers officersOf(Squad squad) {
        return new SquadOfficers(squad.captain(), squad.deputyCaptain(), squad.liaison());
    }

    private static CountyEntity county(Repositories repos, String county) {
        return repos.counties().find(county).orElseThrow(() -> new NotFoundException("County", county));
    }

    static void requireYear(int year) {
        new FieldErrors().year("year", year).throwIfAny();
    }
}
