package io.tepai.spi.tier;

/**
 * What a tier may look at when judging a candidate's eligibility.
 *
 * @param unitCode          code of the dispatching unit, e.g. {@code hpu}
 * @param titleLevel        professional title level
 * @param degree            highest degree
 * @param serviceExperience whether the candidate has recorded service experience
 * @param guidanceClass     the guidance class (分类指导, R-TIER-2) the candidate is to serve in, the name of Tepai's
 *                          classification, e.g. {@code PUBLIC_WELFARE}; {@code null} when not known (since 1.1)
 */
public record CandidateProfile(String unitCode, TitleLevel titleLevel, Degree degree, boolean serviceExperience,
                               String guidanceClass) {

    /** The SPI 1.0 profile: no guidance class. */
    public CandidateProfile(String unitCode, TitleLevel titleLevel, Degree degree, boolean serviceExperience) {
        this(unitCode, titleLevel, degree, serviceExperience, null);
    }
}
