package io.tepai.core.field;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.field.DemonstrationBase;
import io.tepai.api.field.DemonstrationBaseDraft;
import io.tepai.api.field.Mentee;
import io.tepai.api.field.MenteeDraft;
import io.tepai.api.field.MenteeKind;
import io.tepai.api.field.RecordsService;
import io.tepai.api.field.Training;
import io.tepai.api.field.TrainingDraft;
import io.tepai.api.field.TrainingKind;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditTrail;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.DemonstrationBaseEntity;
import io.tepai.store.entity.MenteeEntity;
import io.tepai.store.entity.SpecialistEntity;
import io.tepai.store.entity.TrainingEntity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small registers of a specialist's record: training (R-TRN-1), demonstration bases and mentored local leaders
 * (R-SVC-1). A specialist keeps their own entries; their unit keeps their training, the county the bases and
 * mentees in the county; the city office keeps everything. Training and mentees are written once and corrected by
 * deleting and entering again.
 */
@Component(service = RecordsService.class)
public class RecordsServiceImpl implements RecordsService {

    private static final Logger LOG = LoggerFactory.getLogger(RecordsServiceImpl.class);
    private static final String TRAINING = "Training";
    private static final String BASE = "DemonstrationBase";
    private static final String MENTEE = "Mentee";

    private static final BigDecimal HALF_HOUR = new BigDecimal("0.5");
    private static final BigDecimal DAY_HOURS = new BigDecimal("24");
    /** Below the column's DECIMAL(10,1): more than any county's farmland anyway. */
    private static final BigDecimal MAX_AREA_MU = new BigDecimal("999999999.9");

    private final Store store;
    private final Clock clock;

    @Activate
    public RecordsServiceImpl(@Reference Store store) {
        this(store, Clock.systemUTC());
    }

    RecordsServiceImpl(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    // --- training (R-TRN-1)

    @Override
    public Page<Training> trainings(Long specialistId, Integer year, PageRequest page) {
        if (year != null) {
            new FieldErrors().year("year", year).throwIfAny();
        }
        LocalDate from = year == null ? null : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? null : LocalDate.of(year, 12, 31);
        return store.read(repos -> repos.records().trainings(specialistId, from, to, page)
                .map(RecordsServiceImpl::toRecord));
    }

    @Override
    public Training createTraining(Actor actor, TrainingDraft draft) {
        Objects.requireNonNull(actor, "actor");
        validate(draft);
        Training created = store.write(repos -> {
            SpecialistEntity specialist = specialist(repos, "specialistId", draft.specialistId());
            requireSpecialistSide(actor, specialist, "record training of specialist " + specialist.getId());
            TrainingEntity training = new TrainingEntity(specialist.getId(), draft.kind().name(), draft.gave(),
                    draft.title().strip(), draft.hours().setScale(1, RoundingMode.UNNECESSARY), draft.date(), actor.writesSample());
            repos.records().add(training);
            Training record = toRecord(training);
            AuditTrail.record(repos, actor, Instant.now(clock), TRAINING, training.getId(), "create", null, record,
                    null);
            return record;
        });
        LOG.info("{} recorded training {} of specialist {}", actor.username(), created.id(), created.specialistId());
        return created;
    }

    @Override
    public void deleteTraining(Actor actor, long id, long expectedVersion) {
        Objects.requireNonNull(actor, "actor");
        store.write(repos -> {
            TrainingEntity training = repos.records().training(id)
                    .orElseThrow(() -> new NotFoundException(TRAINING, id));
            SpecialistEntity specialist = repos.specialists().find(training.getSpecialistId())
                    .orElseThrow(() -> new NotFoundException("Specialist", training.getSpecialistId()));
            requireSpecialistSide(actor, specialist, "delete training " + id);
            checkVersion(TRAINING, id, training.getVersion(), expectedVersion);
            Training before = toRecord(training);
            repos.records().remove(training);
            AuditTrail.record(repos, actor, Instant.now(clock), TRAINING, id, "delete", before, null, null);
            return null;
        });
        LOG.info("{} deleted training {}", actor.username(), id);
    }

    /** R-TRN-1: the specialist themself, their dispatching unit (which organises their training) or the city. */
    private static void requireSpecialistSide(Actor actor, SpecialistEntity specialist, String what) {
        if (!Scopes.isSelf(actor, specialist.getId())) {
            Scopes.requireUnit(actor, specialist.getUnitCode(), what);
        }
    }

    private void validate(TrainingDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", "a training record is required");
        }
        FieldErrors errors = new FieldErrors()
                .required("specialistId", draft.specialistId())
                .required("kind", draft.kind())
                .required("gave", draft.gave())
                .text("title", draft.title(), 256);
        BigDecimal hours = draft.hours();
        if (hours == null) {
            errors.add("hours", "is required");
        } else if (hours.signum() <= 0 || hours.compareTo(DAY_HOURS) > 0
                || hours.remainder(HALF_HOUR).signum() != 0) {
            errors.add("hours", "must be more than 0 and at most 24, in steps of 0.5");
        }
        notInTheFuture(errors, "date", draft.date());
        errors.throwIfAny();
    }

    // --- demonstration bases (R-SVC-1)

    @Override
    public Page<DemonstrationBase> bases(String county, Long specialistId, Long teamId, PageRequest page) {
        return store.read(repos -> repos.records().bases(county, specialistId, teamId, page)
                .map(RecordsServiceImpl::toRecord));
    }

    @Override
    public DemonstrationBase createBase(Actor actor, DemonstrationBaseDraft draft) {
        Objects.requireNonNull(actor, "actor");
        validate(draft);
        requireBaseSide(actor, draft.county().strip(), draft.specialistId(), "register demonstration bases in county '"
                + draft.county().strip() + "'");
        DemonstrationBase created = store.write(repos -> {
            checkReferences(repos, draft);
            DemonstrationBaseEntity base = new DemonstrationBaseEntity(actor.writesSample());
            apply(draft, base);
            repos.records().add(base);
            DemonstrationBase record = toRecord(base);
            AuditTrail.record(repos, actor, Instant.now(clock), BASE, base.getId(), "create", null, record, null);
            return record;
        });
        LOG.info("{} registered demonstration base {} ({}) in {}", actor.username(), created.id(), created.name(),
                created.county());
        return created;
    }

    @Override
    public DemonstrationBase updateBase(Actor actor, long id, long expectedVersion, DemonstrationBaseDraft draft) {
        Objects.requireNonNull(actor, "actor");
        validate(draft);
        requireBaseSide(actor, draft.county().strip(), draft.specialistId(), "keep demonstration bases in county '"
                + draft.county().strip() + "'");
        DemonstrationBase updated = store.write(repos -> {
            DemonstrationBaseEntity base = base(repos, id);
            // who keeps the base now must also keep it as it will be: nobody hands a base to others unseen
            requireBaseSide(actor, base, "change demonstration base " + id);
            checkVersion(BASE, id, base.getVersion(), expectedVersion);
            checkReferences(repos, draft);
            DemonstrationBase before = toRecord(base);
            apply(draft, base);
            repos.flush();
            DemonstrationBase after = toRecord(base);
            AuditTrail.record(repos, actor, Instant.now(clock), BASE, id, "update", before, after, null);
            return after;
        });
        LOG.info("{} updated demonstration base {}", actor.username(), id);
        return updated;
    }

    @Override
    public void deleteBase(Actor actor, long id, long expectedVersion) {
        Objects.requireNonNull(actor, "actor");
        store.write(repos -> {
            DemonstrationBaseEntity base = base(repos, id);
            requireBaseSide(actor, base, "delete demonstration base " + id);
            checkVersion(BASE, id, base.getVersion(), expectedVersion);
            DemonstrationBase before = toRecord(base);
            repos.records().remove(base);
            AuditTrail.record(repos, actor, Instant.now(clock), BASE, id, "delete", before, null, null);
            return null;
        });
        LOG.info("{} deleted demonstration base {}", actor.username(), id);
    }

    private static void requireBaseSide(Actor actor, DemonstrationBaseEntity base, String what) {
        requireBaseSide(actor, base.getCountyCode(), base.getSpecialistId(), what);
    }

    /** R-SVC-1: the base's county, the specialist who built it, or the city office. */
    private static void requireBaseSide(Actor actor, String county, Long specialistId, String what) {
        if (specialistId == null || !Scopes.isSelf(actor, specialistId)) {
            Scopes.requireCounty(actor, county, what);
        }
    }

    private void validate(DemonstrationBaseDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", "a demonstration base is required");
        }
        FieldErrors errors = new FieldErrors()
                .text("name", draft.name(), 128)
                .text("county", draft.county(), 32)
                .text("industry", draft.industry(), 128);
        BigDecimal area = draft.areaMu();
        if (area == null) {
            errors.add("areaMu", "is required");
        } else if (area.signum() < 0 || area.compareTo(MAX_AREA_MU) > 0) {
            errors.add("areaMu", "must be between 0 and " + MAX_AREA_MU + " mu");
        } else if (area.stripTrailingZeros().scale() > 1) {
            errors.add("areaMu", "must have at most one decimal place");
        }
        if (draft.specialistId() == null && draft.teamId() == null) {
            errors.add("specialistId", "a specialist or a team (teamId) who built the base is required");
        }
        notInTheFuture(errors, "establishedOn", draft.establishedOn());
        errors.throwIfAny();
    }

    private static void checkReferences(Repositories repos, DemonstrationBaseDraft draft) {
        FieldErrors errors = new FieldErrors();
        county(repos, errors, draft.county());
        if (draft.specialistId() != null && repos.specialists().find(draft.specialistId()).isEmpty()) {
            errors.add("specialistId", "no specialist has id " + draft.specialistId());
        }
        if (draft.teamId() != null && repos.teams().find(draft.teamId()).isEmpty()) {
            errors.add("teamId", "no team has id " + draft.teamId());
        }
        errors.throwIfAny();
    }

    private static void apply(DemonstrationBaseDraft draft, DemonstrationBaseEntity base) {
        base.set(draft.name().strip(), draft.county().strip(), draft.industry().strip(),
                draft.areaMu().setScale(1, RoundingMode.UNNECESSARY), draft.specialistId(), draft.teamId(),
                draft.establishedOn());
    }

    private static DemonstrationBaseEntity base(Repositories repos, long id) {
        return repos.records().base(id).orElseThrow(() -> new NotFoundException(BASE, id));
    }

    // --- mentees (R-SVC-1)

    @Override
    public Page<Mentee> mentees(String county, Long specialistId, PageRequest page) {
        return store.read(repos -> repos.records().mentees(county, specialistId, page)
                .map(RecordsServiceImpl::toRecord));
    }

    @Override
    public Mentee createMentee(Actor actor, MenteeDraft draft) {
        Objects.requireNonNull(actor, "actor");
        validate(draft);
        String county = draft.county().strip();
        requireMenteeSide(actor, county, draft.specialistId(), "record mentees in county '" + county + "'");
        Mentee created = store.write(repos -> {
            FieldErrors errors = new FieldErrors();
            county(repos, errors, county);
            if (repos.specialists().find(draft.specialistId()).isEmpty()) {
                errors.add("specialistId", "no specialist has id " + draft.specialistId());
            }
            errors.throwIfAny();
            MenteeEntity mentee = new MenteeEntity(draft.name().strip(), draft.kind().name(), county,
                    draft.specialistId(), draft.since(), draft.note() == null ? "" : draft.note().strip(), actor.writesSample());
            repos.records().add(mentee);
            Mentee record = toRecord(mentee);
            AuditTrail.record(repos, actor, Instant.now(clock), MENTEE, mentee.getId(), "create", null, record, null);
            return record;
        });
        LOG.info("{} recorded mentee {} of specialist {}", actor.username(), created.id(), created.specialistId());
        return created;
    }

    @Override
    public void deleteMentee(Actor actor, long id, long expectedVersion) {
        Objects.requireNonNull(actor, "actor");
        store.write(repos -> {
            MenteeEntity mentee = repos.records().mentee(id).orElseThrow(() -> new NotFoundException(MENTEE, id));
            requireMenteeSide(actor, mentee.getCountyCode(), mentee.getSpecialistId(), "delete mentee " + id);
            checkVersion(MENTEE, id, mentee.getVersion(), expectedVersion);
            Mentee before = toRecord(mentee);
            repos.records().remove(mentee);
            AuditTrail.record(repos, actor, Instant.now(clock), MENTEE, id, "delete", before, null, null);
            return null;
        });
        LOG.info("{} deleted mentee {}", actor.username(), id);
    }

    /** R-SVC-1: the mentoring specialist, the mentee's county, or the city office. */
    private static void requireMenteeSide(Actor actor, String county, long specialistId, String what) {
        if (!Scopes.isSelf(actor, specialistId)) {
            Scopes.requireCounty(actor, county, what);
        }
    }

    private void validate(MenteeDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", "a mentee is required");
        }
        FieldErrors errors = new FieldErrors()
                .text("name", draft.name(), 64)
                .required("kind", draft.kind())
                .text("county", draft.county(), 32)
                .required("specialistId", draft.specialistId());
        notInTheFuture(errors, "since", draft.since());
        errors.optionalText("note", draft.note(), 1000).throwIfAny();
    }

    // --- shared

    /** A required date, not after today. Dates are the programme's dates in Jiaozuo, whatever the server's zone. */
    private void notInTheFuture(FieldErrors errors, String field, LocalDate date) {
        if (date == null) {
            errors.add(field, "is required");
        } else if (date.isAfter(LocalDate.now(clock.withZone(ProgrammeCalendarService.ZONE)))) {
            errors.add(field, "must not be in the future");
        }
    }

    private static void county(Repositories repos, FieldErrors errors, String county) {
        if (repos.counties().find(county.strip()).isEmpty()) {
            errors.add("county", "no county has code '" + county.strip() + "'");
        }
    }

    private static SpecialistEntity specialist(Repositories repos, String field, long id) {
        return repos.specialists().find(id).orElseThrow(() -> ValidationException.of(field,
                "no specialist has id " + id));
    }

    private static void checkVersion(String entity, long id, long actual, long expected) {
        if (actual != expected) {
            throw ConflictException.staleVersion(entity, id, expected, actual);
        }
    }

    static Training toRecord(TrainingEntity e) {
        return new Training(e.getId(), e.getSpecialistId(), TrainingKind.valueOf(e.getKind()), e.isGave(),
                e.getTitle(), e.getHours(), e.getHeldOn(), e.isSample(), e.getVersion());
    }

    static DemonstrationBase toRecord(DemonstrationBaseEntity e) {
        return new DemonstrationBase(e.getId(), e.getName(), e.getCountyCode(), e.getIndustry(), e.getAreaMu(),
                e.getSpecialistId(), e.getTeamId(), e.getEstablishedOn(), e.isSample(), e.getVersion());
    }

    static Mentee toRecord(MenteeEntity e) {
        return new Mentee(e.getId(), e.getName(), MenteeKind.valueOf(e.getKind()), e.getCountyCode(),
                e.getSpecialistId(), e.getSince(), e.getNote(), e.isSample(), e.getVersion());
    }
}
