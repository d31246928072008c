package io.tepai.api.roster;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The roster of a programme year (R-REC-4): prepared by the city office from the year before's published renewal
 * proposals, the specialists' wishes and the counties' requests; adjusted entry by entry with a reason; confirmed
 * once, which renews the terms of those staying and makes those leaving EXITED.
 */
@ProviderType
public interface RosterService {

    /**
     * Prepares the draft roster of the year (null: next programme year), or prepares it again from the inputs as they are now (keeping the city
     * office's adjustments).
     *
     * @param expectedVersion the roster's version last read; null the first time
     */
    Roster prepare(Actor actor, Integer year, Long expectedVersion);

    /** The roster of the year (null: next programme year) with its counts. */
    Roster roster(Actor actor, Integer year);

    /** The roster's entries by id: the city office and the auditor read all, a county, unit or specialist theirs. */
    Page<RosterEntry> entries(Actor actor, Integer year, RosterEntryFilter filter, PageRequest page);

    RosterEntry entry(Actor actor, long id);

    /** Sets the outcome in force of a draft's entry, with the reason (audited). */
    RosterEntry adjust(Actor actor, long entryId, long expectedVersion, RosterOutcome outcome, String reason);

    /** Confirms the draft: renewed specialists get a term for the year, the others become EXITED. */
    Roster confirm(Actor actor, Integer year, long expectedVersion);
}
