package io.tepai.api.roster;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The inputs of the roster adjustment besides evaluation (R-REC-4): the specialists' wishes and the counties'
 * requests for a roster year. Audited; refused once that year's roster is confirmed.
 */
@ProviderType
public interface RosterInputService {

    /**
     * Records a wish: by the specialist, their unit or the city office, for an appointed specialist. Without a version
     * it is the first for the specialist and year, with one it changes the recorded wish.
     */
    SpecialistWish recordWish(Actor actor, WishDraft draft);

    /** Wishes; the city office and the auditor read all, a unit its specialists', a specialist their own. */
    Page<SpecialistWish> wishes(Actor actor, Integer year, Long specialistId, PageRequest page);

    /** Records a county's request about a specialist dispatched to it in the year before the roster year. */
    CountyRequest recordCountyRequest(Actor actor, CountyRequestDraft draft);

    /** Requests; the city office and the auditor read all, a county its own, a unit those about its specialists. */
    Page<CountyRequest> countyRequests(Actor actor, Integer year, String county, PageRequest page);
}
