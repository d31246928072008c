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
 * @param source   {@code built-in} or the plug-in's bundle
 */
public record IncentiveGrant(long id, long roundId, long resultId, int year, Subject subject, Grade grade,
                             String policyId, String source, String kind, String description, BigDecimal amountCny,
                             Instant grantedAt) {

    public IncentiveGrant {
        amountCny = Decimals.twoPlaces(amountCny);
    }
}
