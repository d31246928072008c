package io.tepai.api.funding;

/**
 * What draws an inspection sample.
 *
 * @param seed the random seed; null to let the server pick one (it is stored either way)
 */
public record InspectionDraft(Integer year, Integer sampleSize, Long seed) {
}
