package io.tepai.core.field;

import io.tepai.api.Actor;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.field.Mentee;
import io.tepai.api.field.MenteeDraft;
import io.tepai.api.field.MenteeKind;
import io.tepai.api.field.MenteeService;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Store;
import io.tepai.store.entity.MenteeEntity;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The register of local leaders a specialist mentors (R-SVC-1). The mentoring specialist keeps their entries, the
 * mentee's county those in the county, the city office everything. Entries are written once and corrected by
 * deleting and entering again.
 */
@Component(service = MenteeService.class)
public class MenteeServiceImpl implements MenteeService {

    private static final Logger LOG = LoggerFactory.getLogger(MenteeServiceImpl.class);
    private static final String ENTITY = "Mentee";
    private static final AuditedWrite<MenteeEntity, Mentee> WRITE =
            AuditedWrite.of(ENTITY, MenteeEntity::getId, MenteeServiceImpl::toRecord);

    private final Store store;
    private final Clock clock;

    @Activate
    public MenteeServiceImpl(@Reference Store store) {
        this(store, Clock.systemUTC());
    }

    MenteeServiceImpl(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Page<Mentee> mentees(String county, Long specialistId, PageRequest page) {
        return store.read(repos -> repos.records().mentees(county, specialistId, page)
                .map(MenteeServiceImpl::toRecord));
    }

    @Override
    public Mentee createMentee(Actor actor, MenteeDraft draft) {
        Objects.requireNonNull(actor, "actor");
        validate(draft);
        String county = draft.county().strip();
        requireMenteeSide(actor, county, draft.specialistId(), "record mentees in county '" + county + "'");
        Mentee created = store.write(repos -> {
            FieldErrors errors = new FieldErrors();
            Registers.county(repos, errors, county);
            Registers.specialist(repos, errors, "specialistId", draft.specialistId());
            errors.throwIfAny();
            MenteeEntity mentee = new MenteeEntity(draft.name().strip(), draft.kind().name(), county,
                    draft.specialistId(), draft.since(), draft.note() == null ? "" : draft.note().strip(),
                    actor.writesSample());
            repos.records().add(mentee);
            return WRITE.created(repos, actor, Instant.now(clock), mentee, null);
        });
        LOG.info("{} recorded mentee {} of specialist {}", actor.username(), created.id(), created.specialistId());
        return created;
    }

    @Override
    public void deleteMentee(Actor actor, long id, long expectedVersion) {
        Objects.requireNonNull(actor, "actor");
        store.write(repos -> {
            MenteeEntity mentee = repos.records().mentee(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
            requireMenteeSide(actor, mentee.getCountyCode(), mentee.getSpecialistId(), "delete mentee " + id);
            WRITE.delete(repos, actor, Instant.now(clock), mentee, expectedVersion, repos.records()::remove);
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
        Registers.notInTheFuture(errors, "since", draft.since(), clock);
        errors.optionalText("note", draft.note(), 1000).throwIfAny();
    }

    static Mentee toRecord(MenteeEntity e) {
        return new Mentee(e.getId(), e.getName(), MenteeKind.valueOf(e.getKind()), e.getCountyCode(),
                e.getSpecialistId(), e.getSince(), e.getNote(), e.isSample(), e.getVersion());
    }
}
