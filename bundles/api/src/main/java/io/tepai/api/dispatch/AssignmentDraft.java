package io.tepai.api.dispatch;

import io.tepai.spi.tier.SupportLevel;
import java.util.List;

/**
 * What is sent to create or change an assignment.
 *
 * @param level           null to take the level from the specialist's tier
 * @param exceptionReason required, and only accepted from the city office, when the assignment would support the
 *                        specialist from both the city and a county level in the same year (R-REC-3)
 */
public record AssignmentDraft(Long specialistId, String county, Integer year, SupportLevel level,
                              List<String> industries, List<String> recipients, String exceptionReason) {
}
