/**
 * Sample plug-in: 修武县's incentive policy 乡村旅游服务奖励 ({@code xiuwu-tourism-bonus}).
 *
 * <p>Built only against {@code io.tepai.spi}, as a county's own programmer would build it, and deployed into the
 * running container as the feature {@code tepai-plugin-xiuwu-tourism}. Copy this module to write your own policy.
 */
package io.tepai.plugin.xiuwu.tourism;
