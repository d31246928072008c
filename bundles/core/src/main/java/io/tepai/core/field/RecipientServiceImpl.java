package io.tepai.core.field;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.Contact;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.field.Recipient;
import io.tepai.api.field.RecipientDraft;
import io.tepai.api.field.RecipientKind;
import io.tepai.api.field.RecipientService;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditTrail;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.RecipientEntity;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recipients of service (受援对象). Each county manages its own: the recipient location names the contact person
 * who tracks the specialists' duties and confirms their logs (R-SVC-3).
 */
@Component(service = RecipientService.class)
public class RecipientServiceImpl implements RecipientService {

    private static final Logger LOG = LoggerFactory.getLogger(RecipientServiceImpl.class);
    private static final String ENTITY = "Recipient";
    private static final AuditedWrite<RecipientEntity, Recipient> WRITE =
            AuditedWrite.of(ENTITY, RecipientEntity::getId, RecipientServiceImpl::toRecord);
    /** More serving specialists than this is a data-entry mistake rather than a recipient. */
    private static final int MAX_SPECIALISTS = 50;

    private final Store store;
    private final Clock clock;

    @Activate
    public RecipientServiceImpl(@Reference Store store) {
        this(store, Clock.systemUTC());
    }

    RecipientServiceImpl(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Page<Recipient> search(String county, RecipientKind kind, Long specialistId, String text,
                                  PageRequest page) {
        return store.read(repos -> repos.recipients().search(county, kind == null ? null : kind.name(), specialistId,
                text, page).map(RecipientServiceImpl::toRecord));
    }

    @Override
    public Recipient get(long id) {
        return store.read(repos -> toRecord(find(repos, id)));
    }

    @Override
    public Recipient create(Actor actor, RecipientDraft draft) {
        Objects.requireNonNull(actor, "actor");
        validate(draft);
        String county = draft.county().strip();
        Scopes.requireCounty(actor, county, "register recipients in county '" + county + "'");
        Recipient created = store.write(repos -> {
            checkReferences(repos, draft);
            Instant now = Instant.now(clock);
            RecipientEntity recipient = new RecipientEntity(now);
            apply(draft, recipient, now);
            recipient.setSample(actor.writesSample());
            repos.recipients().add(recipient);
            return WRITE.created(repos, actor, now, recipient, null);
        });
        LOG.info("{} registered recipient {} ({}) in {}", actor.username(), created.id(), created.name(),
                created.county());
        return created;
    }

    @Override
    public Recipient update(Actor actor, long id, long expectedVersion, RecipientDraft draft) {
        Objects.requireNonNull(actor, "actor");
        validate(draft);
        String county = draft.county().strip();
        Scopes.requireCounty(actor, county, "keep recipients of county '" + county + "'");
        Recipient updated = store.write(repos -> {
            RecipientEntity recipient = find(repos, id);
            // a county must not take over (or hand away) another county's recipient by moving it
            requireCountySide(actor, recipient);
            Instant now = Instant.now(clock);
            return WRITE.update(repos, actor, now, recipient, expectedVersion, "update", changed -> {
                checkReferences(repos, draft);
                apply(draft, changed, now);
                return null;
            });
        });
        LOG.info("{} updated recipient {}", actor.username(), id);
        return updated;
    }

    @Override
    public void delete(Actor actor, long id, long expectedVersion) {
        Objects.requireNonNull(actor, "actor");
        store.write(repos -> {
            RecipientEntity recipient = find(repos, id);
            requireCountySide(actor, recipient);
            WRITE.delete(repos, actor, Instant.now(clock), recipient, expectedVersion, removed -> {
                long logs = repos.logs().countOfRecipient(id);
                if (logs > 0) {
                    // the logs are the programme's evidence (R-SVC-1); their recipient must stay readable
                    throw new ConflictException(ENTITY + " " + id + " is named by " + logs
                            + " service logs, which keep the record; it cannot be deleted");
                }
                repos.recipients().remove(removed);
            });
            return null;
        });
        LOG.info("{} deleted recipient {}", actor.username(), id);
    }

    static void validate(RecipientDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", "a recipient is required");
        }
        Contact contact = draft.contact() == null ? Contact.NONE : draft.contact();
        FieldErrors errors = new FieldErrors()
                .text("name", draft.name(), 128)
                .required("kind", draft.kind())
                .text("county", draft.county(), 32)
                .optionalText("contact.name", contact.name(), 64)
                .optionalText("contact.phone", contact.phone(), 32)
                .optionalText("contact.email", contact.email(), 128);
        List<Long> specialists = draft.specialistIds() == null ? List.of() : draft.specialistIds();
        if (specialists.size() > MAX_SPECIALISTS) {
            errors.add("specialistIds", "must have at most " + MAX_SPECIALISTS + " items");
        }
        for (int i = 0; i < specialists.size(); i++) {
            if (specialists.get(i) == null) {
                errors.add("specialistIds[" + i + "]", "must not be empty");
            }
        }
        errors.throwIfAny();
    }

    private static void checkReferences(Repositories repos, RecipientDraft draft) {
        checkReferences(References.of(repos), draft);
    }

    static void checkReferences(References repos, RecipientDraft draft) {
        FieldErrors errors = new FieldErrors();
        String county = draft.county().strip();
        if (repos.county(county).isEmpty()) {
            errors.add("county", "no county has code '" + county + "'");
        }
        List<Long> specialists = specialistIds(draft);
        for (int i = 0; i < specialists.size(); i++) {
            if (repos.specialist(specialists.get(i)).isEmpty()) {
                errors.add("specialistIds[" + i + "]", "no specialist has id " + specialists.get(i));
            }
        }
        errors.throwIfAny();
    }

    static void apply(RecipientDraft draft, RecipientEntity recipient, Instant now) {
        Contact contact = draft.contact() == null ? Contact.NONE : draft.contact();
        recipient.set(draft.name().strip(), draft.kind().name(), draft.county().strip(), contact.name(),
                contact.phone(), contact.email(), new LinkedHashSet<>(specialistIds(draft)), now);
    }

    private static List<Long> specialistIds(RecipientDraft draft) {
        return draft.specialistIds() == null ? List.of() : draft.specialistIds();
    }

    private static void requireCountySide(Actor actor, RecipientEntity recipient) {
        Scopes.requireCounty(actor, recipient.getCountyCode(), "change recipient " + recipient.getId()
                + " of county '" + recipient.getCountyCode() + "'");
    }

    private static RecipientEntity find(Repositories repos, long id) {
        return repos.recipients().find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    static Recipient toRecord(RecipientEntity e) {
        // the set comes back from the database in no particular order
        List<Long> specialists = e.getSpecialistIds().stream().sorted().toList();
        return new Recipient(e.getId(), e.getName(), RecipientKind.valueOf(e.getKind()), e.getCountyCode(),
                new Contact(e.getContactName(), e.getContactPhone(), e.getContactEmail()), specialists, e.isSample(),
                e.getVersion());
    }
}
