package io.tepai.spi.incentive;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A policy that grants incentives from published evaluation results, registered as an OSGi service.
 *
 * <p>When a round is published, Tepai calls {@link #grants} once for each result whose subject is in a county that
 * switched the policy on (specialists and counties' work; teams and units have no county), with a time limit. A
 * policy that throws, runs out of time or returns an invalid entry grants nothing for that result (one invalid entry
 * voids the whole list); the failure is logged and recorded as one of the round's problems, and publishing
 * completes. After one timeout the policy is not asked again during that publication.
 */
@ConsumerType
public interface IncentivePolicy {

    /**
     * Stable identifier, also the module name counties enable: lower-case letters, digits and hyphens, at most 40
     * characters, e.g. {@code xiuwu-tourism-bonus}.
     */
    String id();

    /** Chinese name, e.g. {@code 乡村旅游服务奖励}. */
    String nameZh();

    /** English name, e.g. {@code Rural tourism service bonus}. */
    String nameEn();

    /**
     * The incentives this policy grants for one published result; an empty list when it grants none.
     */
    List<Incentive> grants(PublishedResult result);
}
