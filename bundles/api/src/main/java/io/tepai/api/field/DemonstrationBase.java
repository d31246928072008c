package io.tepai.api.field;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A demonstration base (科技示范基地, R-SVC-1) built by a specialist or a team.
 *
 * @param areaMu       area in mu (亩)
 * @param specialistId the specialist who built it, or null
 * @param teamId       the team that built it, or null
 */
public record DemonstrationBase(long id, String name, String county, String industry, BigDecimal areaMu,
                                Long specialistId, Long teamId, LocalDate establishedOn, boolean sample,
                                long version) {
}
