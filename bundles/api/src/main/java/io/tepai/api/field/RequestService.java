package io.tepai.api.field;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Coordination requests (R-ESC-1). A specialist raises their own; whoever holds a request acts on it: the team
 * (through its dispatching unit's account or the city office) assigns members, the holder escalates it to the
 * dispatching unit or the city office, and the holder resolves or closes it. Every step is timestamped.
 */
@ProviderType
public interface RequestService {

    Page<CoordinationRequest> search(RequestFilter filter, PageRequest page);

    CoordinationRequest get(long id);

    CoordinationRequest raise(Actor actor, RequestDraft draft);

    CoordinationRequest assign(Actor actor, long id, long expectedVersion, List<Long> memberIds, String note);

    /** @param to {@code unit} (the specialist's dispatching unit) or {@code city} */
    CoordinationRequest escalate(Actor actor, long id, long expectedVersion, String to, String note);

    CoordinationRequest resolve(Actor actor, long id, long expectedVersion, String outcome);

    CoordinationRequest close(Actor actor, long id, long expectedVersion, String reason);
}
