package io.tepai.api.funding;

/** An appointed specialist without personal accident insurance in force on the day asked about (R-FUND-5). */
public record UninsuredSpecialist(long id, String name, String unit, String tierId) {
}
