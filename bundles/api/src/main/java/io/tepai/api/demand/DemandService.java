package io.tepai.api.demand;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.field.ServiceLog;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Technology demands (R-DEM-1, R-DEM-2, R-REC-3). A county (its S&amp;T department or its workstation staff, who sign
 * in with the county's accounts, R-SQUAD-2) records its recipients' demands and publishes its table per year; anyone
 * reads published demands, but only signed-in units, specialists, the county itself, the city office and the auditor
 * see the contact person's phone. An expert, through their unit's account or their own, records the contact made
 * as a candidate match; the county confirms one, and links the dispatch that serves the demand, or withdraws it.
 * Each step out of order is refused naming the rule.
 *
 * <p>{@code actor} null means an anonymous caller, for the reads that allow one.
 */
@ProviderType
public interface DemandService {

    /** Published demands (drafts too for their county, the city office and the auditor), newest first. */
    Page<Demand> search(Actor actor, DemandFilter filter, PageRequest page);

    /** @throws io.tepai.api.NotFoundException for a draft the actor may not read, as for a missing id */
    Demand get(Actor actor, long id);

    /** Records a draft in the county's table (R-DEM-1). */
    Demand record(Actor actor, DemandDraft draft);

    /** Changes a draft or published demand; once matched it is the recipient's agreed demand and stays. */
    Demand update(Actor actor, long id, long expectedVersion, DemandDraft draft);

    /** Publishes the county's table of the year: every draft of it becomes published (R-DEM-1). */
    PublishedTable publish(Actor actor, String county, Integer year);

    /** Records an expert's contact with a published demand's recipient as a candidate match (R-DEM-2). */
    DemandMatch contact(Actor actor, long demandId, MatchDraft draft);

    /** A demand's candidate matches, in the order they were recorded. Signed-in callers only. */
    Page<DemandMatch> matches(Actor actor, long demandId, PageRequest page);

    /** The county confirms one candidate match: two-way selection by demand (R-REC-3). */
    Demand confirm(Actor actor, long id, long expectedVersion, long matchId);

    /** Links the matched expert's dispatch to the county that serves the demand (R-REC-3). */
    Demand serve(Actor actor, long id, long expectedVersion, long assignmentId);

    /** Withdraws a demand not yet served, with a reason. */
    Demand withdraw(Actor actor, long id, long expectedVersion, String reason);

    /** Every step of the demand with who took it and when, oldest first. Signed-in callers only. */
    List<DemandStep> history(Actor actor, long id);

    /** The service logs of the dispatch that serves the demand, as the actor may read them; empty before. */
    Page<ServiceLog> serviceLogs(Actor actor, long id, PageRequest page);
}
