package io.tepai.core.org;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.Contact;
import io.tepai.api.FieldError;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.org.DispatchingUnit;
import io.tepai.api.org.UnitDraft;
import io.tepai.api.org.UnitFilter;
import io.tepai.api.org.UnitService;
import io.tepai.api.org.UnitType;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditTrail;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.UnitEntity;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dispatching units (派出单位). */
@Component(service = UnitService.class)
public class UnitServiceImpl implements UnitService {

    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    private static final Logger LOG = LoggerFactory.getLogger(UnitServiceImpl.class);
    private static final String ENTITY = "Dispatching unit";
    private static final AuditedWrite<UnitEntity, DispatchingUnit> WRITE =
            AuditedWrite.of("DispatchingUnit", UnitEntity::getCode, UnitServiceImpl::toRecord).shownAs(ENTITY);

    private final Store store;
    private final Clock clock;

    @Activate
    public UnitServiceImpl(@Reference Store store) {
        this(store, Clock.systemUTC());
    }

    UnitServiceImpl(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Page<DispatchingUnit> search(UnitFilter filter, PageRequest page) {
        UnitFilter effective = filter == null ? UnitFilter.ALL : filter;
        return store.read(repos -> repos.units().search(effective, page).map(UnitServiceImpl::toRecord));
    }

    @Override
    public DispatchingUnit get(String code) {
        return store.read(repos -> toRecord(find(repos, code)));
    }

    @Override
    public DispatchingUnit create(Actor actor, UnitDraft draft) {
        Objects.requireNonNull(actor, "actor");
        Scopes.requireCity(actor, "register dispatching units");
        validate(draft, true);
        String code = draft.code().strip();
        DispatchingUnit created = store.write(repos -> {
            if (repos.units().find(code).isPresent()) {
                throw new ConflictException(ENTITY + " '" + code + "' already exists");
            }
            Instant now = Instant.now(clock);
            UnitEntity unit = new UnitEntity(code, now);
            apply(draft, unit);
            unit.setSample(actor.writesSample());
            repos.units().add(unit);
            return WRITE.created(repos, actor, now, unit, null);
        });
        LOG.info("{} created dispatching unit {}", actor.username(), code);
        return created;
    }

    @Override
    public DispatchingUnit update(Actor actor, String code, long expectedVersion, UnitDraft draft) {
        Objects.requireNonNull(actor, "actor");
        Scopes.requireUnit(actor, code, "change dispatching unit '" + code + "'");
        validate(draft, false);
        if (draft.code() != null && !draft.code().isBlank() && !draft.code().strip().equals(code)) {
            throw ValidationException.of("code", "cannot be changed (was '" + code + "')");
        }
        DispatchingUnit updated = store.write(repos -> WRITE.update(repos, actor, Instant.now(clock),
                find(repos, code), expectedVersion, "update", unit -> {
                    apply(draft, unit);
                    return null;
                }));
        LOG.info("{} updated dispatching unit {}", actor.username(), code);
        return updated;
    }

    @Override
    public void delete(Actor actor, String code, long expectedVersion) {
        Objects.requireNonNull(actor, "actor");
        Scopes.requireCity(actor, "remove dispatching units");
        store.write(repos -> {
            WRITE.delete(repos, actor, Instant.now(clock), find(repos, code), expectedVersion, unit -> {
                long specialists = repos.units().countSpecialists(code);
                if (specialists > 0) {
                    throw new ConflictException(ENTITY + " '" + code + "' still has " + specialists
                            + " specialists; move or remove them first");
                }
                repos.units().remove(unit);
            });
            return null;
        });
        LOG.info("{} deleted dispatching unit {}", actor.username(), code);
    }

    private static UnitEntity find(Repositories repos, String code) {
        return repos.units().find(code).orElseThrow(() -> new NotFoundException(ENTITY, code));
    }

    private static void validate(UnitDraft draft, boolean creating) {
        if (draft == null) {
            throw ValidationException.of("body", "a dispatching unit is required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (creating && (draft.code() == null || !CODE.matcher(draft.code().strip()).matches())) {
            errors.add(new FieldError("code",
                    "is required: 2 to 32 lower-case letters, digits or hyphens, starting with a letter"));
        }
        if (draft.nameZh() == null || draft.nameZh().isBlank()) {
            errors.add(new FieldError("nameZh", "is required"));
        } else if (draft.nameZh().strip().length() > 128) {
            errors.add(new FieldError("nameZh", "must be at most 128 characters"));
        }
        if (draft.nameEn() != null && draft.nameEn().strip().length() > 256) {
            errors.add(new FieldError("nameEn", "must be at most 256 characters"));
        }
        if (draft.type() == null) {
            errors.add(new FieldError("type", "is required: one of " + List.of(UnitType.values())));
        }
        Contact contact = draft.contact() == null ? Contact.NONE : draft.contact();
        if (contact.name().length() > 64 || contact.phone().length() > 32 || contact.email().length() > 128) {
            errors.add(new FieldError("contact", "name, phone and email must be at most 64, 32 and 128 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void apply(UnitDraft draft, UnitEntity unit) {
        Contact contact = draft.contact() == null ? Contact.NONE : draft.contact();
        unit.setNameZh(draft.nameZh().strip());
        unit.setNameEn(draft.nameEn() == null ? "" : draft.nameEn().strip());
        unit.setType(draft.type().name());
        unit.setContactName(contact.name());
        unit.setContactPhone(contact.phone());
        unit.setContactEmail(contact.email());
    }

    static DispatchingUnit toRecord(UnitEntity e) {
        return new DispatchingUnit(e.getCode(), e.getNameZh(), e.getNameEn(), UnitType.valueOf(e.getType()),
                new Contact(e.getContactName(), e.getContactPhone(), e.getContactEmail()), e.isSample(),
                e.getVersion());
    }
}
