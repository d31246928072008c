package io.tepai.api.demand;

import java.time.LocalDate;

/**
 * What a county records for a demand, and changes while it is a draft or published.
 *
 * @param county        the county's code; a county account may leave it out (its own)
 * @param year          the table's programme year; null for the current one
 * @param recipientId   a recipient of the county's register, or null and {@code recipientName} instead
 * @param recipientName the recipient's name when it is not (yet) in the register; ignored with a
 *                      {@code recipientId} (the register's name is shown)
 * @param industry      one of the county's leading industries
 * @param desiredFrom   optional; with {@code desiredTo} not before it
 */
public record DemandDraft(String county, Integer year, Long recipientId, String recipientName, String industry,
                          String need, String contactName, String contactPhone, LocalDate desiredFrom,
                          LocalDate desiredTo) {
}
