/**
 * Sample plug-in: 武陟县's local evaluation criterion 示范基地建设 ({@code wuzhi-demo-bases}).
 *
 * <p>Built only against {@code io.tepai.spi}, as a county's own programmer would build it, and deployed into the
 * running container as the feature {@code tepai-plugin-wuzhi-bases}. Copy this module to write your own criterion.
 */
package io.tepai.plugin.wuzhi.bases;
