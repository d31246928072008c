package io.tepai.api.incentive;

import io.tepai.api.Decimals;
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.Subject;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One incentive granted to a subject of a published round.
 *
 * @param policyId the policy that granted it ({@code green-channel} is built in)
 * @param source   {@link #BUILT_IN} or the plug-in's bundle (a county's own policy, which the county pays)
 */
public record IncentiveGrant(long id, long roundId, long resultId, int year, Subject subject, Grade grade,
                             String policyId, String source, String kind, String description, BigDecimal amountCny,
                             Instant grantedAt) {

    /** The source of Tepai's own policies and criteria. */
    public static final String BUILT_IN = "built-in";

    public IncentiveGrant {
        amountCny = Decimals.twoPlaces(amountCny);
    }
}
