package io.tepai.core.field;

import io.tepai.api.Actor;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.field.DemonstrationBase;
import io.tepai.api.field.DemonstrationBaseDraft;
import io.tepai.api.field.DemonstrationBaseService;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.DemonstrationBaseEntity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The register of demonstration bases (R-SVC-1). The base's county keeps it, and so does the specialist named on it;
 * the city office keeps everything.
 */
@Component(service = DemonstrationBaseService.class)
public class DemonstrationBaseServiceImpl implements DemonstrationBaseService {

    private static final Logger LOG = LoggerFactory.getLogger(DemonstrationBaseServiceImpl.class);
    private static final String ENTITY = "DemonstrationBase";
    private static final AuditedWrite<DemonstrationBaseEntity, DemonstrationBase> WRITE =
            AuditedWrite.of(ENTITY, DemonstrationBaseEntity::getId, DemonstrationBaseServiceImpl::toRecord);

    /** Below the column's DECIMAL(10,1): more than any county's farmland anyway. */
    private static final BigDecimal MAX_AREA_MU = new BigDecimal("999999999.9");

    private final Store store;
    private final Clock clock;

    @Activate
    public DemonstrationBaseServiceImpl(@Reference Store store) {
        this(store, Clock.systemUTC());
    }

    DemonstrationBaseServiceImpl(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Page<DemonstrationBase> bases(String county, Long specialistId, Long teamId, PageRequest page) {
        return store.read(repos -> repos.records().bases(county, specialistId, teamId, page)
                .map(DemonstrationBaseServiceImpl::toRecord));
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
            return WRITE.created(repos, actor, Instant.now(clock), base, null);
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
            return WRITE.update(repos, actor, Instant.now(clock), base, expectedVersion, "update", row -> {
                checkReferences(repos, draft);
                apply(draft, row);
                return null;
            });
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
            WRITE.delete(repos, actor, Instant.now(clock), base, expectedVersion, repos.records()::remove);
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
        Registers.notInTheFuture(errors, "establishedOn", draft.establishedOn(), clock);
        errors.throwIfAny();
    }

    private static void checkReferences(Repositories repos, DemonstrationBaseDraft draft) {
        FieldErrors errors = new FieldErrors();
        Registers.county(repos, errors, draft.county());
        if (draft.specialistId() != null) {
            Registers.specialist(repos, errors, "specialistId", draft.specialistId());
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
        return repos.records().base(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    static DemonstrationBase toRecord(DemonstrationBaseEntity e) {
        return new DemonstrationBase(e.getId(), e.getName(), e.getCountyCode(), e.getIndustry(), e.getAreaMu(),
                e.getSpecialistId(), e.getTeamId(), e.getEstablishedOn(), e.isSample(), e.getVersion());
    }
}
