/**
 * Extension point for incentive policies (R-INC-1, R-INC-2: counties and units may grant incentives of their own).
 *
 * <p>When an evaluation round is published, Tepai hands every {@link io.tepai.spi.incentive.PublishedResult} to each
 * incentive policy in force for the subject's county and records what the policy grants. Tepai's own policy, the
 * green channel for city S&amp;T plan applications (R-INC-1), is built in and always on; a plug-in policy is a
 * <em>module</em> that each county switches on or off.
 *
 * <p>Versioning: {@code IncentivePolicy} is a consumer type; adding an abstract method is a major change. The
 * records here may gain components in a minor version; their existing constructors and factories are kept, so a
 * plug-in built against an older version keeps working. Grant with {@link io.tepai.spi.incentive.Incentive#of} or
 * {@link io.tepai.spi.incentive.Incentive#money}.
 */
@Export
@Version("1.0.0")
package io.tepai.spi.incentive;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
