package io.tepai.api.intake;

import java.time.LocalDate;

/** Opens an intake; {@code year} defaults to the current programme year. */
public record IntakeDraft(Integer year, String title, LocalDate deadline) {
}
