package io.tepai.core.field;

import io.tepai.api.Actor;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.field.Training;
import io.tepai.api.field.TrainingDraft;
import io.tepai.api.field.TrainingKind;
import io.tepai.api.field.TrainingService;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Store;
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
 * The training register (R-TRN-1). A specialist keeps their own entries, their dispatching unit (which organises
 * their training) keeps them too, the city office keeps everything. Entries are written once and corrected by
 * deleting and entering again.
 */
@Component(service = TrainingService.class)
public class TrainingServiceImpl implements TrainingService {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingServiceImpl.class);
    private static final AuditedWrite<TrainingEntity, Training> WRITE =
            AuditedWrite.of("Training", TrainingEntity::getId, TrainingServiceImpl::toRecord);

    private static final BigDecimal HALF_HOUR = new BigDecimal("0.5");
    private static final BigDecimal DAY_HOURS = new BigDecimal("24");

    private final Store store;
    private final Clock clock;

    @Activate
    public TrainingServiceImpl(@Reference Store store) {
        this(store, Clock.systemUTC());
    }

    TrainingServiceImpl(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Page<Training> trainings(Long specialistId, Integer year, PageRequest page) {
        if (year != null) {
            new FieldErrors().year("year", year).throwIfAny();
        }
        LocalDate from = year == null ? null : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? null : LocalDate.of(year, 12, 31);
        return store.read(repos -> repos.records().trainings(specialistId, from, to, page)
                .map(TrainingServiceImpl::toRecord));
    }

    @Override
    public Training createTraining(Actor actor, TrainingDraft draft) {
        Objects.requireNonNull(actor, "actor");
        validate(draft);
        Training created = store.write(repos -> {
            SpecialistEntity specialist = Registers.specialist(repos, "specialistId", draft.specialistId());
            requireSpecialistSide(actor, specialist, "record training of specialist " + specialist.getId());
            TrainingEntity training = new TrainingEntity(specialist.getId(), draft.kind().name(), draft.gave(),
                    draft.title().strip(), draft.hours().setScale(1, RoundingMode.UNNECESSARY), draft.date(),
                    actor.writesSample());
            repos.records().add(training);
            return WRITE.created(repos, actor, Instant.now(clock), training, null);
        });
        LOG.info("{} recorded training {} of specialist {}", actor.username(), created.id(), created.specialistId());
        return created;
    }

    @Override
    public void deleteTraining(Actor actor, long id, long expectedVersion) {
        Objects.requireNonNull(actor, "actor");
        store.write(repos -> {
            TrainingEntity training = repos.records().training(id)
                    .orElseThrow(() -> new NotFoundException("Training", id));
            SpecialistEntity specialist = repos.specialists().find(training.getSpecialistId())
                    .orElseThrow(() -> new NotFoundException("Specialist", training.getSpecialistId()));
            requireSpecialistSide(actor, specialist, "delete training " + id);
            WRITE.delete(repos, actor, Instant.now(clock), training, expectedVersion, repos.records()::remove);
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
        Registers.notInTheFuture(errors, "date", draft.date(), clock);
        errors.throwIfAny();
    }

    static Training toRecord(TrainingEntity e) {
        return new Training(e.getId(), e.getSpecialistId(), TrainingKind.valueOf(e.getKind()), e.isGave(),
                e.getTitle(), e.getHours(), e.getHeldOn(), e.isSample(), e.getVersion());
    }
}
