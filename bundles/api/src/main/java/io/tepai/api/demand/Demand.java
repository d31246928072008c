package io.tepai.api.demand;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recipient's technology demand in a county's demand table (R-DEM-1).
 *
 * @param county           the county's code
 * @param year             the programme year of the table it belongs to
 * @param recipientId      the recipient in the county's register, or null when only named
 * @param recipientName    the recipient's name (the register's, when {@code recipientId} is set)
 * @param industry         one of the county's leading industries
 * @param need             what is needed
 * @param contactName      the recipient's contact person, whom experts call directly (R-DEM-2)
 * @param contactPhone     null for callers who may not see it: anonymous ones, and other counties
 * @param desiredFrom      the desired period's first day, or null
 * @param desiredTo        the desired period's last day, or null
 * @param candidates       the candidate matches recorded so far
 * @param confirmedMatchId the candidate match the county confirmed (R-REC-3), or null
 * @param specialistId     the confirmed match's specialist, or null
 * @param specialistName   their name, or null
 * @param assignmentId     the dispatch that serves the demand, once served
 * @param publishedAt      when its table was published with it, or null for a draft
 * @param sample           true for records of the demo data set
 * @param version          optimistic-locking version
 */
public record Demand(long id, String county, int year, Long recipientId, String recipientName, String industry,
                     String need, String contactName, String contactPhone, LocalDate desiredFrom, LocalDate desiredTo,
                     DemandStatus status, long candidates, Long confirmedMatchId, Long specialistId,
                     String specialistName, Long assignmentId, Instant publishedAt, boolean sample, long version) {

    /** The same demand without the contact person's phone. */
    public Demand withoutPhone() {
        return new Demand(id, county, year, recipientId, recipientName, industry, need, contactName, null, desiredFrom,
                desiredTo, status, candidates, confirmedMatchId, specialistId, specialistName, assignmentId,
                publishedAt, sample, version);
    }
}
