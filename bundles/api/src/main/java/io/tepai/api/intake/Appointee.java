package io.tepai.api.intake;

import java.time.LocalDate;

/** A line of the appointment list (聘任名单), public: the specialist and their term. */
public record Appointee(long specialistId, String name, String unitCode, String unitName, String title,
                        LocalDate termStart, LocalDate termEnd) {
}
