package io.tepai.api.field;

import java.math.BigDecimal;
import java.time.LocalDate;

public record DemonstrationBaseDraft(String name, String county, String industry, BigDecimal areaMu,
                                     Long specialistId, Long teamId, LocalDate establishedOn) {
}
