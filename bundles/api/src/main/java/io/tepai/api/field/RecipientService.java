package io.tepai.api.field;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Recipients of service; each county manages its own. */
@ProviderType
public interface RecipientService {

    /**
     * @param county       only this county's recipients, or null
     * @param specialistId only recipients this specialist serves, or null
     * @param text         matched against the name, or null
     */
    Page<Recipient> search(String county, RecipientKind kind, Long specialistId, String text, PageRequest page);

    Recipient get(long id);

    Recipient create(Actor actor, RecipientDraft draft);

    Recipient update(Actor actor, long id, long expectedVersion, RecipientDraft draft);

    /** @throws io.tepai.api.ConflictException while service logs name the recipient */
    void delete(Actor actor, long id, long expectedVersion);
}
