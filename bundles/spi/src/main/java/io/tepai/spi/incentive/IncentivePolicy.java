package io.tepai.spi.incentive;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A policy that grants incentives from published evaluation results, registered as an OSGi service.
 *
 * <p>Tepai calls {@link #grants} once per published result, with a time limit. A policy that throws or runs out of
 * time grants nothing for that result; the failure is logged and recorded, and publishing completes.
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
