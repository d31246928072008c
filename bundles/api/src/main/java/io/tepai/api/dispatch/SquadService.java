package io.tepai.api.dispatch;

import io.tepai.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** County squads (R-SQUAD-1). A county manages its own squad's officers. */
@ProviderType
public interface SquadService {

    /** @throws io.tepai.api.NotFoundException for an unknown county */
    Squad get(String county, int year);

    /**
     * Sets the squad's officers for the year.
     *
     * @param expectedVersion the {@link Squad#officersVersion()} read; 0 when none were set yet
     * @throws io.tepai.api.RuleViolationException R-SQUAD-1 when a captain is named for a county whose captain is
     *                                             its agreement's co-leader
     */
    Squad updateOfficers(Actor actor, String county, int year, long expectedVersion, SquadOfficers officers);
}
