package io.tepai.spi.tier;

/**
 * What a tier may look at when judging a candidate's eligibility.
 *
 * @param unitCode          code of the dispatching unit, e.g. {@code hpu}
 * @param titleLevel        professional title level
 * @param degree            highest degree
 * @param serviceExperience whether the candidate has recorded service experience
 */
public record CandidateProfile(String unitCode, TitleLevel titleLevel, Degree degree, boolean serviceExperience) {
}
