package io.tepai.api.dispatch;

import io.tepai.spi.tier.SupportLevel;
import java.time.Instant;
import java.util.List;

/**
 * A dispatch assignment: a specialist serves a county for a programme year at one level of support.
 *
 * @param id              stable numeric identifier
 * @param specialistId    the specialist
 * @param specialistName  the specialist's name, for display
 * @param unitCode        the specialist's dispatching unit, for display
 * @param county          the receiving county's code
 * @param year            the programme year
 * @param level           the level of support, from the specialist's tier unless set explicitly
 * @param industries      the county's leading industries this dispatch serves (R-GOAL-1); may be empty
 * @param recipients      the recipients served, as named by the county (optional)
 * @param exceptionReason why the city office allowed a second level of support in the same year (R-REC-3);
 *                        empty when none was needed
 * @param sample          true for records of the demo data set
 * @param version         optimistic-locking version
 * @param createdAt       when the record was created
 */
public record Assignment(long id, long specialistId, String specialistName, String unitCode, String county, int year,
                         SupportLevel level, List<String> industries, List<String> recipients,
                         String exceptionReason, boolean sample, long version, Instant createdAt) {

    public Assignment {
        industries = List.copyOf(industries);
        recipients = List.copyOf(recipients);
    }
}
