package io.tepai.api.dispatch;

import io.tepai.api.Actor;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** County workstations (R-SQUAD-2); each county manages its own. */
@ProviderType
public interface WorkstationService {

    /** The workstations that exist, in the counties' official order. */
    List<Workstation> list();

    /** @throws io.tepai.api.NotFoundException if the county has none (yet) or is unknown */
    Workstation get(String county);

    /**
     * Creates or replaces the county's workstation.
     *
     * @param expectedVersion null to create one, the version read to change it
     */
    Workstation save(Actor actor, String county, Long expectedVersion, WorkstationDraft draft);
}
