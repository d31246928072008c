package io.tepai.api.dispatch;

import io.tepai.api.Actor;
import io.tepai.api.PageRequest;
import io.tepai.api.specialist.Classification;
import org.osgi.annotation.versioning.ProviderType;

/** County squads (R-SQUAD-1). A county manages its own squad's officers. */
@ProviderType
public interface SquadService {

    /** @throws io.tepai.api.NotFoundException for an unknown county */
    default Squad get(String county, int year) {
        return get(county, year, null);
    }

    /**
     * The squad with only the members of one guidance class (R-TIER-2); its officers whatever the class.
     *
     * @param guidanceClass the members' guidance class; null for every member
     * @throws io.tepai.api.NotFoundException for an unknown county
     */
    Squad get(String county, int year, Classification guidanceClass);

    /**
     * The squad with one page of its members (issue 17: the whole squad of a large county is too big to read or
     * send at once); its officers whatever the page.
     *
     * @param guidanceClass the members' guidance class; null for every member
     * @throws io.tepai.api.NotFoundException for an unknown county
     */
    SquadPage get(String county, int year, Classification guidanceClass, PageRequest page);

    /**
     * Sets the squad's officers for the year.
     *
     * @param expectedVersion the {@link Squad#officersVersion()} read; 0 when none were set yet
     * @throws io.tepai.api.RuleViolationException R-SQUAD-1 when a captain is named for a county whose captain is
     *                                             its agreement's co-leader
     */
    Squad updateOfficers(Actor actor, String county, int year, long expectedVersion, SquadOfficers officers);
}
