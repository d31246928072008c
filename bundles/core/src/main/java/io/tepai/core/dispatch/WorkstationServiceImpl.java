package io.tepai.core.dispatch;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.Contact;
import io.tepai.api.NotFoundException;
import io.tepai.api.ValidationException;
import io.tepai.api.dispatch.Workstation;
import io.tepai.api.dispatch.WorkstationDraft;
import io.tepai.api.dispatch.WorkstationService;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Store;
import io.tepai.store.entity.WorkstationEntity;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** County workstations (R-SQUAD-2): one per county, kept by the county itself. */
@Component(service = WorkstationService.class)
public class WorkstationServiceImpl implements WorkstationService {

    private static final Logger LOG = LoggerFactory.getLogger(WorkstationServiceImpl.class);
    private static final String ENTITY = "Workstation";
    private static final AuditedWrite<WorkstationEntity, Workstation> WRITE =
            AuditedWrite.of(ENTITY, WorkstationEntity::getCountyCode, WorkstationServiceImpl::toRecord);

    private final Store store;
    private final Clock clock;

    @Activate
    public WorkstationServiceImpl(@Reference Store store) {
        this(store, Clock.systemUTC());
    }

    WorkstationServiceImpl(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<Workstation> list() {
        return store.read(repos -> repos.squads().workstations().stream().map(WorkstationServiceImpl::toRecord)
                .toList());
    }

    @Override
    public Workstation get(String county) {
        return store.read(repos -> repos.squads().workstation(county).map(WorkstationServiceImpl::toRecord)
                .orElseThrow(() -> new NotFoundException(ENTITY, county)));
    }

    @Override
    public Workstation save(Actor actor, String county, Long expectedVersion, WorkstationDraft draft) {
        Objects.requireNonNull(actor, "actor");
        validate(draft);
        Scopes.requireCounty(actor, county, "run the workstation of county '" + county + "'");
        Workstation saved = store.write(repos -> {
            if (repos.counties().find(county).isEmpty()) {
                throw new NotFoundException("County", county);
            }
            Optional<WorkstationEntity> existing = repos.squads().workstation(county);
            if (existing.isPresent() && expectedVersion == null) {
                throw new ConflictException("County '" + county + "' already has a workstation; send the version you"
                        + " read to change it");
            }
            if (existing.isEmpty() && expectedVersion != null) {
                throw new NotFoundException(ENTITY, county);
            }
            Instant now = Instant.now(clock);
            if (existing.isPresent()) {
                return WRITE.update(repos, actor, now, existing.get(), expectedVersion, "update", station -> {
                    apply(draft, station, now);
                    return null;
                });
            }
            WorkstationEntity station = new WorkstationEntity(county);
            station.setSample(actor.writesSample());
            apply(draft, station, now);
            repos.squads().addWorkstation(station);
            return WRITE.created(repos, actor, now, station, null);
        });
        LOG.info("{} saved the workstation of {}", actor.username(), county);
        return saved;
    }

    private static void apply(WorkstationDraft draft, WorkstationEntity station, Instant now) {
        Contact staff = draft.staff() == null ? Contact.NONE : draft.staff();
        station.set(draft.name().strip(), draft.address().strip(), staff.name(), staff.phone(), staff.email(),
                draft.openedOn(), now);
    }

    private static void validate(WorkstationDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", "a workstation is required");
        }
        Contact staff = draft.staff() == null ? Contact.NONE : draft.staff();
        new FieldErrors().text("name", draft.name(), 128).text("address", draft.address(), 256)
                .required("openedOn", draft.openedOn())
                .optionalText("staff.name", staff.name(), 64).optionalText("staff.phone", staff.phone(), 32)
                .optionalText("staff.email", staff.email(), 128)
                .throwIfAny();
    }

    private static Workstation toRecord(WorkstationEntity e) {
        return new Workstation(e.getCountyCode(), e.getName(), e.getAddress(),
                new Contact(e.getStaffName(), e.getStaffPhone(), e.getStaffEmail()), e.getOpenedOn(), e.isSample(),
                e.getVersion());
    }
}
