package io.tepai.core.roster;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.roster.CountyNeed;
import io.tepai.api.roster.CountyRequest;
import io.tepai.api.roster.CountyRequestDraft;
import io.tepai.api.roster.RosterInputService;
import io.tepai.api.roster.SpecialistWish;
import io.tepai.api.roster.Wish;
import io.tepai.api.roster.WishDraft;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.RosterCountyRequestEntity;
import io.tepai.store.entity.RosterWishEntity;
import io.tepai.store.entity.SpecialistEntity;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The specialists' wishes and the counties' requests for a roster year (R-REC-4). Each is one row per specialist (and
 * county) and year, recorded the first time without a version and changed with the version read, audited.
 */
@Component(service = RosterInputService.class)
public class RosterInputServiceImpl implements RosterInputService {

    private static final Logger LOG = LoggerFactory.getLogger(RosterInputServiceImpl.class);
    private static final int MAX_TEXT = 1000;
    private static final AuditedWrite<RosterWishEntity, SpecialistWish> WISH_WRITE = AuditedWrite.reading(
            "RosterWish", RosterWishEntity::getId, RosterInputServiceImpl::toRecord).shownAs("Wish");
    private static final AuditedWrite<RosterCountyRequestEntity, CountyRequest> REQUEST_WRITE = AuditedWrite.reading(
            "RosterCountyRequest", RosterCountyRequestEntity::getId, RosterInputServiceImpl::toRecord)
            .shownAs("County request");

    private final Store store;
    private final ProgrammeCalendar calendar;
    private final Clock clock;

    @Activate
    public RosterInputServiceImpl(@Reference Store store, @Reference ProgrammeCalendar calendar) {
        this(store, calendar, Clock.systemUTC());
    }

    RosterInputServiceImpl(Store store, ProgrammeCalendar calendar, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public SpecialistWish recordWish(Actor actor, WishDraft draft) {
        Objects.requireNonNull(actor, "actor");
        if (draft == null) {
            throw ValidationException.of("body", "a wish is required");
        }
        String note = draft.note() == null ? "" : draft.note().strip();
        new FieldErrors().required("specialistId", draft.specialistId())
                .required("wish", draft.wish()).optionalText("note", note, MAX_TEXT).throwIfAny();
        int year = RosterYears.orNext(calendar, draft.year());
        RosterYears.requireOpen(calendar, year);
        SpecialistWish recorded = store.write(repos -> {
            SpecialistEntity specialist = appointed(repos, draft.specialistId(), "wish to stay or leave");
            if (!actor.isCity() && !Scopes.isSelf(actor, specialist.getId())) {
                Scopes.requireUnit(actor, specialist.getUnitCode(), "record the wishes of specialist "
                        + specialist.getId() + " (the specialist may too)");
            }
            RosterYears.requireNotConfirmed(repos, year, "a wish");
            Instant now = Instant.now(clock);
            Optional<RosterWishEntity> existing = repos.rosters().wish(year, specialist.getId());
            if (draft.version() == null) {
                if (existing.isPresent()) {
                    throw new ConflictException("Specialist " + specialist.getId() + "'s wish for " + year
                            + " is recorded (version " + existing.get().getVersion() + "); send that version to"
                            + " change it");
                }
                RosterWishEntity wish = new RosterWishEntity(year, specialist.getId());
                wish.record(draft.wish().name(), note, actor.username(), now);
                wish.setSample(actor.writesSample());
                repos.rosters().add(wish);
                return WISH_WRITE.created(repos, actor, now, wish, note.isEmpty() ? null : note);
            }
            RosterWishEntity wish = existing.orElseThrow(() -> new NotFoundException("Specialist "
                    + specialist.getId() + " has no wish for " + year + " to change; send none to record one"));
            return WISH_WRITE.update(repos, actor, now, wish, draft.version(), "update", row -> {
                row.record(draft.wish().name(), note, actor.username(), now);
                return note.isEmpty() ? null : note;
            });
        });
        LOG.info("{} recorded specialist {}'s wish for {}: {}", actor.username(), recorded.specialistId(), year,
                recorded.wish());
        return recorded;
    }

    @Override
    public Page<SpecialistWish> wishes(Actor actor, Integer year, Long specialistId, PageRequest page) {
        String unit = RosterScope.wishUnit(actor);
        Long specialist = RosterScope.self(actor, specialistId);
        return store.read(repos -> {
            Page<RosterWishEntity> rows = repos.rosters().wishes(year, specialist, unit, page);
            Map<Object, SpecialistEntity> who = specialists(repos, rows.items().stream()
                    .map(RosterWishEntity::getSpecialistId).toList());
            return rows.map(row -> toRecord(row, who.get(row.getSpecialistId())));
        });
    }

    @Override
    public CountyRequest recordCountyRequest(Actor actor, CountyRequestDraft draft) {
        Objects.requireNonNull(actor, "actor");
        if (draft == null) {
            throw ValidationException.of("body", "a request is required");
        }
        String county = draft.county() != null && !draft.county().isBlank() ? draft.county().strip()
                : actor.county().orElse(null);
        String reason = draft.reason() == null ? "" : draft.reason().strip();
        new FieldErrors().required("county", county)
                .required("specialistId", draft.specialistId()).required("request", draft.request())
                .text("reason", reason, MAX_TEXT).throwIfAny();
        int year = RosterYears.orNext(calendar, draft.year());
        RosterYears.requireOpen(calendar, year);
        Scopes.requireCounty(actor, county, "ask to keep or release a specialist who served county '" + county + "'");
        CountyRequest recorded = store.write(repos -> {
            if (repos.counties().find(county).isEmpty()) {
                throw ValidationException.of("county", "no county has code '" + county + "'");
            }
            SpecialistEntity specialist = appointed(repos, draft.specialistId(), "be kept or released");
            if (repos.assignments().yearsDispatched(specialist.getId(), county, year - 1, year - 1) == 0) {
                throw new RuleViolationException("R-REC-4", "specialist " + specialist.getId() + " was not dispatched"
                        + " to " + county + " in " + (year - 1) + "; a county asks about the specialists who served it");
            }
            RosterYears.requireNotConfirmed(repos, year, "a county's request");
            Instant now = Instant.now(clock);
            Optional<RosterCountyRequestEntity> existing = repos.rosters().request(year, county, specialist.getId());
            if (draft.version() == null) {
                if (existing.isPresent()) {
                    throw new ConflictException(county + "'s request about specialist " + specialist.getId() + " for "
                            + year + " is recorded (version " + existing.get().getVersion() + "); send that version"
                            + " to change it");
                }
                RosterCountyRequestEntity request = new RosterCountyRequestEntity(year, county, specialist.getId());
                request.record(draft.request().name(), reason, actor.username(), now);
                request.setSample(actor.writesSample());
                repos.rosters().add(request);
                return REQUEST_WRITE.created(repos, actor, now, request, reason);
            }
            RosterCountyRequestEntity request = existing.orElseThrow(() -> new NotFoundException(county
                    + " has no request about specialist " + specialist.getId() + " for " + year
                    + " to change; send none to record one"));
            return REQUEST_WRITE.update(repos, actor, now, request, draft.version(), "update", row -> {
                row.record(draft.request().name(), reason, actor.username(), now);
                return reason;
            });
        });
        LOG.info("{} asked to {} specialist {} in {} for {}", actor.username(), recorded.request(),
                recorded.specialistId(), recorded.county(), year);
        return recorded;
    }

    @Override
    public Page<CountyRequest> countyRequests(Actor actor, Integer year, String county, PageRequest page) {
        String scoped = RosterScope.requestCounty(actor, county);
        String unit = RosterScope.readsAll(actor) ? null : actor.unit().orElse(null);
        return store.read(repos -> {
            Page<RosterCountyRequestEntity> rows = repos.rosters().requests(year, scoped, null, unit, page);
            Map<Object, SpecialistEntity> who = specialists(repos, rows.items().stream()
                    .map(RosterCountyRequestEntity::getSpecialistId).toList());
            return rows.map(row -> toRecord(row, who.get(row.getSpecialistId())));
        });
    }

    /** The specialist, still appointed: who left is refused with R-REC-4, a candidate is not on any roster. */
    private static SpecialistEntity appointed(Repositories repos, Long id, String what) {
        SpecialistEntity specialist = repos.specialists().find(id).orElseThrow(() -> ValidationException.of(
                "specialistId", "no specialist has id " + id));
        Exited.refuse(specialist, what);
        if (!SpecialistStatus.ACTIVE.name().equals(specialist.getStatus())) {
            throw ValidationException.of("specialistId", "specialist " + id + " is " + specialist.getStatus()
                    + "; only appointed (ACTIVE) specialists are on a roster");
        }
        return specialist;
    }

    private static Map<Object, SpecialistEntity> specialists(Repositories repos, java.util.List<Long> ids) {
        return repos.specialists().byIds(ids).stream().collect(Collectors.toMap(SpecialistEntity::getId, s -> s));
    }

    static SpecialistWish toRecord(Repositories repos, RosterWishEntity row) {
        return toRecord(row, repos.specialists().find(row.getSpecialistId()).orElse(null));
    }

    private static SpecialistWish toRecord(RosterWishEntity row, SpecialistEntity specialist) {
        return new SpecialistWish(row.getId(), row.getYear(), row.getSpecialistId(),
                specialist == null ? "" : specialist.getName(), specialist == null ? "" : specialist.getUnitCode(),
                Wish.valueOf(row.getWish()), row.getNote(), row.getRecordedBy(), row.getRecordedAt(), row.isSample(),
                row.getVersion());
    }

    static CountyRequest toRecord(Repositories repos, RosterCountyRequestEntity row) {
        return toRecord(row, repos.specialists().find(row.getSpecialistId()).orElse(null));
    }

    private static CountyRequest toRecord(RosterCountyRequestEntity row, SpecialistEntity specialist) {
        return new CountyRequest(row.getId(), row.getYear(), row.getCountyCode(), row.getSpecialistId(),
                specialist == null ? "" : specialist.getName(), CountyNeed.valueOf(row.getRequest()),
                row.getReason(), row.getRecordedBy(), row.getRecordedAt(), row.isSample(), row.getVersion());
    }
}
